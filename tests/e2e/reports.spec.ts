/**
 * Reports: the plan document of the Riverbend sample as a print view (PDF), a Word document, a
 * spreadsheet and CSV, each read back and checked: the exported files carry the plan.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { expect, test } from './fixtures';
import { docxText, FilesPage } from './pages/files-page';

const SHOTS = process.env.SHOTS_DIR;

test('the plan document previews every section of a council plan', async ({ app, page }) => {
  const files = new FilesPage(page);
  await app.goto();
  await files.trySample();
  await files.openReports();
  const doc = files.preview();
  await expect(doc.getByRole('heading', { level: 1 })).toHaveText('Town of Riverbend (sample)');
  await expect(doc.getByRole('heading', { level: 2 })).toHaveText([
    'Contents',
    'Partners and advisory committee',
    'Engagement summary: who was consulted',
    'Risks identified and how they were prioritised',
    'Priority profiles',
    'The plan matrix',
    'Action plan',
    'Outcomes and measures',
  ]);
  const ranking = doc.getByRole('table', { name: 'Candidate risks in rank order' });
  await expect(ranking.getByRole('row').nth(1)).toContainText('Substance use and overdose');
  await expect(ranking.getByRole('row').nth(1).getByRole('cell').nth(2)).toHaveText('13');
  await expect(doc.getByRole('heading', { level: 3, name: /^Priority 1: / })).toBeVisible();
  await expect(doc.getByRole('img', { name: 'Dots per risk (round 1)' })).toBeVisible();
  if (SHOTS) {
    await page.screenshot({ path: join(SHOTS, 'reports-stage.png') });
    await doc.getByRole('heading', { name: 'Risks identified and how they were prioritised' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'reports-ranking.png') });
    await doc.getByRole('heading', { name: 'The plan matrix' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'reports-matrix.png') });
  }
});

test('the PDF: the print view prints the document alone, every section on its own pages', async ({ app, page, tmp }) => {
  const files = new FilesPage(page);
  await app.goto();
  await files.trySample();
  await files.openReports();
  // Browser mode prints with window.print(): the button must call it (the dialog itself is the browser's).
  type PrintSpy = { print: () => void; printed: number };
  await page.evaluate(() => {
    const w = globalThis as unknown as PrintSpy;
    w.printed = 0;
    w.print = () => void (w.printed += 1);
  });
  await files.toolbar().getByRole('button', { name: 'Print or save as PDF…' }).click();
  await expect.poll(() => page.evaluate(() => (globalThis as unknown as PrintSpy).printed)).toBe(1);

  const pdfPath = join(tmp, 'plan.pdf');
  await page.pdf({ path: pdfPath, format: 'Letter', preferCSSPageSize: true, printBackground: true });
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
  if (SHOTS) execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '9', pdfPath, join(SHOTS, 'pdf-page')]);
  const pages = text.split('\f').filter((p) => p.trim() !== '');
  // The app around the document is not printed.
  expect(text).not.toContain('Workshop stages');
  expect(text).not.toContain('Document language');
  for (const heading of ['Partners and advisory committee', 'Engagement summary: who was consulted', 'Risks identified and how they were prioritised', 'Priority profiles', 'The plan matrix', 'Action plan', 'Outcomes and measures']) {
    // Each section starts a page: its heading is near the top of one.
    expect(pages.some((p) => p.trimStart().startsWith(heading)), heading).toBe(true);
  }
  expect(text).toContain('Town of Riverbend (sample)');
  expect(text).toMatch(/Substance use and overdose\s+13/);
  expect(text).toContain('Priority 1: Substance use and overdose');
  expect(text).toContain('Naloxone distribution');
  expect(pages.length).toBeGreaterThanOrEqual(8);
});

test('the Word document carries the whole plan, with headings, tables and charts', async ({ app, page, tmp }) => {
  const files = new FilesPage(page);
  await app.goto();
  await files.trySample();
  await files.openReports();
  const path = await files.exportTo(tmp, 'Word document (.docx)…');
  expect(path.endsWith('town-of-riverbend-sample.docx')).toBe(true);
  const zip = await JSZip.loadAsync(readFileSync(path));
  const text = await docxText(path);
  for (const heading of ['Partners and advisory committee', 'Engagement summary: who was consulted', 'Priority profiles', 'The plan matrix', 'Action plan', 'Outcomes and measures']) {
    expect(text).toContain(`${heading}\n`);
  }
  expect(text).toContain('Riverbend Police Service Board');
  expect(text).toContain('Priority 1: Substance use and overdose');
  expect(text).toContain('Naloxone distribution');
  const xml = await zip.file('word/document.xml')!.async('string');
  expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
  expect(xml).toContain('<w:tblHeader/>');
  const charts = Object.keys(zip.files).filter((name) => name.startsWith('word/media/') && name.endsWith('.png'));
  expect(charts).toHaveLength(3);
  for (const name of charts) expect((await zip.file(name)!.async('uint8array')).slice(1, 4)).toEqual(new Uint8Array([0x50, 0x4e, 0x47]));
  expect(await zip.file('docProps/core.xml')!.async('string')).toContain('<dc:title>Town of Riverbend (sample)</dc:title>');
});

test('the spreadsheet has one sheet per table, with numbers as numbers', async ({ app, page, tmp }) => {
  const files = new FilesPage(page);
  await app.goto();
  await files.trySample();
  await files.openReports();
  const path = await files.exportTo(tmp, 'Spreadsheet of every table (.xlsx)…');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  expect(workbook.worksheets.map((s) => s.name)).toEqual(['Town of Riverbend (sample)', 'Partners', 'Participants', 'Sessions', 'Input cards', 'Risks', 'Votes', 'Scores', 'Matrix', 'Action plan', 'Outcomes']);
  const sheet = (name: string) => workbook.getWorksheet(name)!;
  expect(sheet('Partners').rowCount).toBe(17);
  expect(sheet('Partners').getRow(1).values).toEqual([undefined, 'Organisation', 'Sector', 'Legislated seats', 'Groups represented', 'Contact name', 'Contact email', 'Notes']);
  const risks = sheet('Risks');
  expect(risks.getRow(2).getCell(1).value).toBe(1);
  expect(risks.getRow(2).getCell(2).value).toBe('Substance use and overdose');
  expect(risks.getRow(2).getCell(3).value).toBe(13);
  expect(sheet('Votes').rowCount).toBe(37);
  expect(sheet('Scores').rowCount).toBe(281);
  expect(sheet('Matrix').getRow(1).values).toEqual([undefined, 'Priority', 'Social development', 'Prevention', 'Risk intervention', 'Incident response']);
  expect(sheet('Matrix').rowCount).toBe(4);
  expect(sheet('Partners').views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
});

test('one table as CSV, and the whole document in French', async ({ app, page, tmp }) => {
  const files = new FilesPage(page);
  await app.goto();
  await files.trySample();
  await files.openReports();
  await files.chooseCsvTable('Votes');
  const csvPath = await files.exportTo(tmp, 'Export as CSV…');
  expect(csvPath.endsWith('town-of-riverbend-sample-votes.csv')).toBe(true);
  const csv = readFileSync(csvPath, 'utf8');
  expect(csv.startsWith('\uFEFFParticipant,Organisation,Risk,Round,Dots\r\n')).toBe(true);
  expect(csv.trim().split('\r\n')).toHaveLength(37);

  await files.chooseDocumentLanguage('Français');
  const doc = files.preview();
  await expect(doc).toHaveAttribute('lang', 'fr');
  await expect(doc.getByRole('heading', { level: 2, name: 'Partenaires et comité consultatif' })).toBeVisible();
  await expect(doc.getByRole('heading', { level: 2, name: 'La matrice du plan' })).toBeVisible();
  // The interface stays in English; only the document changed language.
  await expect(page.getByRole('heading', { level: 1, name: 'Publish and export' })).toBeVisible();
  const path = await files.exportTo(tmp, 'Word document (.docx)…');
  expect(path.endsWith('town-of-riverbend-sample-fr.docx')).toBe(true);
  const text = await docxText(path);
  expect(text).toContain('Profils des priorités\n');
  expect(text).toContain('Résultats et mesures\n');
  expect(text).not.toContain('Priority profiles');
});

test('screenshots of the export toolbar and the French document', async ({ app, page }) => {
  test.skip(!SHOTS, 'only when SHOTS_DIR is set');
  const files = new FilesPage(page);
  await app.goto();
  await files.trySample();
  await files.openReports();
  await files.toolbar().screenshot({ path: join(SHOTS!, 'reports-toolbar.png') });
  await files.chooseDocumentLanguage('Français');
  await files.preview().getByRole('heading', { name: 'Risques relevés et établissement des priorités' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SHOTS!, 'reports-french.png') });
});
