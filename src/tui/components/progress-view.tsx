import { Box, Text } from 'ink';
import { bar } from '../layout/bar.js';

/** Props of `ProgressView`. */
export interface ProgressViewProps {
  /** Heading (`Loading corpus/`). */
  heading: string;
  /** Files read. */
  read: number;
  /** Files listed (0 while listing). */
  total: number;
  /** Articles analysed. */
  analysed: number;
  /** Label after the file count. */
  filesLabel: string;
  /** Label after the article count. */
  articlesLabel: string;
  /** Bar width. */
  width: number;
}

/** The first frame: what is being loaded and how far it has got. */
export function ProgressView({ heading, read, total, analysed, filesLabel, articlesLabel, width }: ProgressViewProps) {
  const filled = bar(read, Math.max(total, 1), width);
  return (
    <Box flexDirection="column" paddingLeft={2} paddingTop={1}>
      <Text bold>{heading}</Text>
      <Text>
        <Text color="cyan">{filled}</Text>
        <Text dimColor>{'░'.repeat(Math.max(0, width - [...filled].length))}</Text>
      </Text>
      <Text>{`${read}/${total} ${filesLabel} · ${analysed} ${articlesLabel}`}</Text>
    </Box>
  );
}
