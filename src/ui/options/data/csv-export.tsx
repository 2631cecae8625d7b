// TODO(helper): CSV export buttons (connections, work hours).
export function CsvExport() {
  return null;
}
