import type { ReactNode } from 'react';

/** A column heading: its words, `numeric` for a right-aligned column of numbers, `hidden` for words only a screen reader says. */
export interface Column {
  label: ReactNode;
  numeric?: boolean;
  hidden?: boolean;
}

/**
 * A table of records on the work and administration pages (tasks, changes, versions, accounts, rules) in its
 * scrolling frame: the caption, one heading per column (`false` leaves a column out), and the rows as children. With
 * `captionId` the frame is a focusable region named by the caption, so a keyboard can scroll it on a narrow screen.
 * `footer` follows the table inside the frame.
 * @example <RecordTable className="work-table" caption="2 changes" columns={[{ label: 'Period' }, { label: 'Old', numeric: true }]}>{rows}</RecordTable>
 */
export function RecordTable({ className, caption, captionId, captionHidden = false, columns, footer, children }: {
  className: string;
  caption: ReactNode;
  captionId?: string;
  captionHidden?: boolean;
  columns: (Column | false)[];
  footer?: ReactNode;
  children: ReactNode;
}) {
  const region = captionId ? { tabIndex: 0, role: 'region', 'aria-labelledby': captionId } : {};
  return (
    <div className="table-scroll" {...region}>
      <table className={`data-table ${className}`}>
        <caption id={captionId} className={captionHidden ? 'visually-hidden' : undefined}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column, i) => column && (
              <th key={i} scope="col" className={column.numeric ? 'numeric' : undefined}>
                {column.hidden ? <span className="visually-hidden">{column.label}</span> : column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
      {footer}
    </div>
  );
}
