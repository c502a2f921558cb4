import { Box, Text } from 'ink';
import type { ViewTable } from '../../core/view/view-table.js';
import { displayCell } from '../../export/format-cell.js';
import { bar } from '../layout/bar.js';
import { fit } from '../layout/text-width.js';

/** Props of `OverviewView`. */
export interface OverviewViewProps {
  /** The overview view (`section, rank, name, value`; sections in `meta.sections`). */
  view: ViewTable;
  /** Terminal columns. */
  width: number;
  /** Lines available. */
  height: number;
  /** Heading of the warnings list. */
  warningsLabel: string;
  /** Text for an empty section. */
  none: string;
  /** Lines about sections still loading or failed. */
  notes: readonly string[];
}

interface Section {
  title: string;
  measure: string;
}

/** The top rows of each view with small bars, in two columns when wide, then the warnings. */
export function OverviewView({ view, width, height, warningsLabel, none, notes }: OverviewViewProps) {
  const sections = (view.meta.sections as Section[] | undefined) ?? [];
  const warnings = (view.meta.warnings as string[] | undefined) ?? [];
  const perRow = width >= 100 ? 2 : 1;
  const colWidth = Math.floor((width - 2) / perRow) - 2;
  const shownWarnings = Math.min(warnings.length, 3);
  const sectionRows = Math.ceil(sections.length / perRow) || 1;
  const room = height - notes.length - (shownWarnings > 0 ? shownWarnings + 2 : 0);
  const top = Math.max(1, Math.min(5, Math.floor(room / sectionRows) - 2));
  const nameWidth = Math.min(24, Math.max(8, Math.floor(colWidth * 0.4)));
  const barWidth = Math.max(0, colWidth - nameWidth - 12);
  const blocks = sections.map((section) => {
    const rows = view.rows.filter((row) => row.section === section.title).slice(0, top);
    const max = Math.max(0, ...rows.map((row) => (typeof row.value === 'number' ? row.value : 0)));
    return (
      <Box key={section.title} flexDirection="column" width={colWidth + 2} marginBottom={1}>
        <Text bold>{fit(`${section.title} · ${section.measure}`, colWidth)}</Text>
        {rows.length === 0 ? <Text dimColor>{none}</Text> : null}
        {rows.map((row) => {
          const value = typeof row.value === 'number' ? row.value : 0;
          return (
            <Text key={String(row.rank)} wrap="truncate">
              {fit(displayCell(row.name, 'text'), nameWidth)} {fit(displayCell(row.value, 'number'), 9, 'right')}{' '}
              <Text color="cyan">{bar(value, max, barWidth)}</Text>
            </Text>
          );
        })}
      </Box>
    );
  });
  return (
    <Box flexDirection="column" paddingLeft={1}>
      {notes.map((note) => (
        <Text key={note} dimColor wrap="truncate">
          {note}
        </Text>
      ))}
      <Box flexDirection="row" flexWrap="wrap" width={width - 1}>
        {blocks}
      </Box>
      {shownWarnings > 0 ? (
        <Box flexDirection="column">
          <Text bold color="yellow">
            {`${warningsLabel} (${warnings.length})`}
          </Text>
          {warnings.slice(0, shownWarnings).map((warning) => (
            <Text key={warning} wrap="truncate">
              {`  ${warning}`}
            </Text>
          ))}
        </Box>
      ) : null}
    </Box>
  );
}
