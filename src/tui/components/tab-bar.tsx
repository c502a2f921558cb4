import { Text } from 'ink';

/** Props of `TabBar`. */
export interface TabBarProps {
  /** Tab titles in order. */
  titles: readonly string[];
  /** Index of the current tab. */
  current: number;
}

/** The tab bar: numbered titles, the current one inverse. */
export function TabBar({ titles, current }: TabBarProps) {
  return (
    <Text wrap="truncate">
      {titles.map((title, i) => (
        <Text key={title} inverse={i === current} bold={i === current}>
          {` ${i + 1} ${title} `}
        </Text>
      ))}
    </Text>
  );
}
