import { Text } from 'ink';
import { fit, widthOf } from '../layout/text-width.js';

/** Props of `StatusLine`. */
export interface StatusLineProps {
  /** Key hints, left. */
  hints: string;
  /** Right side: row count, last message. */
  right: string;
  /** Prompt and text when the user is typing a filter. */
  input: { prompt: string; text: string } | null;
  /** Terminal columns. */
  width: number;
}

/** The bottom line: what the keys do, or the line being typed. */
export function StatusLine({ hints, right, input, width }: StatusLineProps) {
  if (input) {
    return (
      <Text>
        <Text bold>{` ${input.prompt}: `}</Text>
        <Text>{input.text}</Text>
        <Text inverse> </Text>
      </Text>
    );
  }
  const room = Math.max(0, width - widthOf(right) - 3);
  return (
    <Text wrap="truncate">
      <Text dimColor>{fit(` ${hints}`, room)}</Text>
      <Text>{` ${right}`}</Text>
    </Text>
  );
}
