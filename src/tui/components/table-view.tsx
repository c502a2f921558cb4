import { Box, Text } from 'ink';
import type { ViewTable } from '../../core/view/view-table.js';
import { displayCell } from '../../export/format-cell.js';
import type { Lang } from '../../i18n/strings.js';
import { bar } from '../layout/bar.js';
import { GAP, type TableLayout } from '../layout/table-layout.js';
import { fit } from '../layout/text-width.js';

/** Props of `TableView`. */
export interface TableViewProps {
  /** Rows to show (already sorted and filtered). */
  view: ViewTable;
  /** How columns fit the terminal. */
  layout: TableLayout;
  /** Selected row. */
  cursor: number;
  /** First row shown. */
  offset: number;
  /** Rows that fit. */
  height: number;
  /** Column drawn as a bar. */
  barKey: string | null;
  /** Text when there are no rows. */
  empty: string;
  /** Language yes and no are shown in. */
  lang: Lang;
}

const gap = ' '.repeat(GAP);

/** A table with a header, a cursor row and an inline bar per row; rows never wrap. */
export function TableView({ view, layout, cursor, offset, height, barKey, empty, lang }: TableViewProps) {
  const header = `  ${layout.columns.map((c) => fit(c.label, c.width, c.align)).join(gap)}`;
  const values = barKey ? view.rows.map((row) => row[barKey]).filter((v): v is number => typeof v === 'number') : [];
  const max = values.length > 0 ? Math.max(...values) : 0;
  const shown = view.rows.slice(offset, offset + height);
  return (
    <Box flexDirection="column">
      <Text bold>{header}</Text>
      {shown.length === 0 ? <Text dimColor>{`  ${empty}`}</Text> : null}
      {shown.map((row, i) => {
        const selected = offset + i === cursor;
        const cells = layout.columns.map((c) => fit(displayCell(row[c.key], c.type, lang), c.width, c.align)).join(gap);
        const value = barKey ? row[barKey] : null;
        const drawn = layout.barWidth > 0 && typeof value === 'number' ? bar(value, max, layout.barWidth) : '';
        return (
          <Text key={offset + i} wrap="truncate">
            <Text inverse={selected}>{`${selected ? '▸ ' : '  '}${cells}`}</Text>
            {layout.barWidth > 0 ? <Text color="cyan">{`${gap}${drawn}`}</Text> : null}
          </Text>
        );
      })}
    </Box>
  );
}
