/** Page object for plan files and reports: exports, the print view, recovery, damaged files. */
import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';

export class FilesPage {
  constructor(readonly page: Page) {}

  async trySample(): Promise<void> {
    await this.page.getByRole('button', { name: 'Try the sample workshop' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Partners and participants' })).toBeVisible();
  }

  async openReports(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Workshop stages' }).getByRole('link', { name: 'Publish and export' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Publish and export' })).toBeVisible();
    await expect(this.preview()).toBeVisible();
  }

  preview(): Locator {
    return this.page.getByRole('article', { name: 'Preview of the plan document' });
  }

  toolbar(): Locator {
    return this.page.getByRole('region', { name: 'Export the plan' });
  }

  /** Clicks an export button and saves the download into `dir`; returns the file's path. */
  async exportTo(dir: string, button: string | RegExp): Promise<string> {
    const downloaded: Promise<Download> = this.page.waitForEvent('download');
    await this.toolbar().getByRole('button', { name: button }).click();
    const download = await downloaded;
    const path = join(dir, download.suggestedFilename());
    await download.saveAs(path);
    await expect(this.page.getByText(`Exported ${download.suggestedFilename()}`).first()).toBeVisible();
    return path;
  }

  async chooseDocumentLanguage(label: 'English' | 'Français'): Promise<void> {
    await this.toolbar().getByLabel('Document language').selectOption({ label });
  }

  async chooseCsvTable(label: string | RegExp): Promise<void> {
    const select = this.toolbar().getByRole('combobox', { name: /^Table/ });
    await expect(select.locator('option').first()).toBeAttached();
    const options = await select.locator('option').allTextContents();
    const match = options.find((o) => (typeof label === 'string' ? o.startsWith(label) : label.test(o)));
    if (!match) throw new Error(`no table ${String(label)} in ${options.join(', ')}`);
    await select.selectOption({ label: match });
  }

  /** Opens a plan file through the home screen's file chooser (the app must be on the home screen). */
  async openFile(path: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Open plan file…' }).click();
    await (await chooser).setFiles(path);
  }

  openFailedDialog(): Locator {
    return this.page.getByRole('alertdialog', { name: 'This file could not be opened' });
  }

  plansList(): Locator {
    return this.page.getByRole('region', { name: 'Plans on this computer' });
  }
}

/** The text of a Word document: paragraph ends become line breaks, runs joined, XML entities decoded. */
export async function docxText(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const xml = await zip.file('word/document.xml')!.async('string');
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
}
