import { test as base } from "@playwright/test";
import { expectAccessible } from "./a11y";
import { LoginPage } from "./pages/login-page";
import { Shell } from "./pages/shell";

type Fixtures = { loginPage: LoginPage; shell: Shell; axeOnFinalPage: void };

export const test = base.extend<Fixtures>({
  loginPage: async ({ page }, provide) => provide(new LoginPage(page)),
  shell: async ({ page }, provide) => provide(new Shell(page)),
  // Whatever a test visits last is checked with axe too.
  axeOnFinalPage: [
    async ({ page }, provide, testInfo) => {
      await provide();
      if (testInfo.status === "passed" && page.url().startsWith("http")) await expectAccessible(page);
    },
    { auto: true },
  ],
});

export { expect } from "@playwright/test";
