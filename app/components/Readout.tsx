export interface ReadoutProps {
  label: string;
  value: string;
  testId?: string;
  emphasis?: boolean;
}

/** One labelled value in a <dl>: numbers in a monospaced face so digits line up. */
export function Readout({ label, value, testId, emphasis }: ReadoutProps) {
  return (
    <div className={emphasis ? 'readout emphasis' : 'readout'}>
      <dt>{label}</dt>
      <dd data-testid={testId}>{value}</dd>
    </div>
  );
}
