import { Box, Text } from 'ink';
import type { MarkKind, Segment } from '../layout/wrap-marked.js';

/** Props of `ArticleView`. */
export interface ArticleViewProps {
  /** Title line: dateline, headline, byline. */
  heading: string;
  /** Wrapped text lines. */
  lines: readonly Segment[][];
  /** First line shown. */
  scroll: number;
  /** Lines that fit (the heading takes one). */
  height: number;
}

const COLOURS: Record<Exclude<MarkKind, 'selected'>, string> = { place: 'cyan', dispute: 'magenta', amount: 'yellow' };

function Run({ segment }: { segment: Segment }) {
  if (segment.kind === 'selected') return <Text inverse>{segment.text}</Text>;
  if (segment.kind) return <Text color={COLOURS[segment.kind]}>{segment.text}</Text>;
  return <Text>{segment.text}</Text>;
}

/** An article's text with its mentions coloured and the selected spans inverse, scrolled. */
export function ArticleView({ heading, lines, scroll, height }: ArticleViewProps) {
  const shown = lines.slice(scroll, scroll + Math.max(1, height - 1));
  return (
    <Box flexDirection="column" paddingLeft={2}>
      <Text bold wrap="truncate">
        {heading}
      </Text>
      {shown.map((line, i) => (
        <Text key={scroll + i}>
          {line.length === 0 ? ' ' : line.map((segment, j) => <Run key={j} segment={segment} />)}
        </Text>
      ))}
    </Box>
  );
}
