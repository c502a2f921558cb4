import { Box, Text } from 'ink';

/** Props of `HelpView`. */
export interface HelpViewProps {
  /** Title. */
  title: string;
  /** One line per key group. */
  lines: readonly string[];
}

/** The help overlay: every key the UI takes. */
export function HelpView({ title, lines }: HelpViewProps) {
  return (
    <Box flexDirection="column" borderStyle="round" paddingX={1} marginLeft={2}>
      <Text bold>{title}</Text>
      {lines.map((line) => (
        <Text key={line}>{line}</Text>
      ))}
    </Box>
  );
}
