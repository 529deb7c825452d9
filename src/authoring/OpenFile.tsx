import { useId } from 'react';

/** 'Open file…': a dataset (.json) or its spreadsheet files (.csv, or one .xlsx workbook), with archived sources (.txt). */
export function OpenFile({ onFiles }: { onFiles: (files: File[]) => void }) {
  const id = useId();
  return (
    <>
      <input
        id={id}
        type="file"
        className="sr-only"
        multiple
        accept=".json,.csv,.xlsx,.zip,.txt,application/json,text/csv,text/plain,application/zip"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          if (files.length) onFiles(files);
        }}
      />
      <label htmlFor={id} className="small-button file-button">Open file…</label>
    </>
  );
}
