// A two-column list of labelled values; empty values are left out rather than shown as blanks.
export function DefinitionList({ items }: { items: { label: string; value: React.ReactNode }[] }) {
  const shown = items.filter((i) => i.value !== undefined && i.value !== null && i.value !== "");
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
      {shown.map((i) => (
        <div key={i.label} className="contents">
          <dt className="font-semibold text-heading">{i.label}</dt>
          <dd className="break-words">{i.value}</dd>
        </div>
      ))}
    </dl>
  );
}
