import { test as base } from "@playwright/test";
import { expectAccessible } from "./a11y";
import { LoginPage } from "./pages/login-page";
import { Shell } from "./pages/shell";

type Fixtures = { loginPage: LoginPage; shell: Shell; axeOnFinalPage: void };

export const test = base.extend<Fixtures>({
  loginPage: async ({ page }, use) => use(new LoginPage(page)),
  shell: async ({ page }, use) => use(new Shell(page)),
  // Whatever a test visits last is checked with axe too.
  axeOnFinalPage: [
    async ({ page }, use, testInfo) => {
      await use();
      if (testInfo.status === "passed" && page.url().startsWith("http")) await expectAccessible(page);
    },
    { auto: true },
  ],
});

export { expect } from "@playwright/test";
