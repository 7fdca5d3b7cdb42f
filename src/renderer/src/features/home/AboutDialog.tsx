import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';
import { platform } from '../../platform';
import type { AppInfo } from '../../platform/types';

export function AboutDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation(['home', 'common']);
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    if (open) platform.appInfo().then(setInfo, () => setInfo(null));
  }, [open]);
  return (
    <Dialog
      open={open}
      title={t('home:aboutTitle')}
      onClose={onClose}
      actions={
        <button type="button" className="primary" onClick={onClose}>
          {t('common:ok')}
        </button>
      }
    >
      <p>{t('home:aboutBody')}</p>
      {info && (
        <dl className="about-facts">
          <dt>{t('home:version')}</dt>
          <dd>{info.version}</dd>
          <dt>{t('home:shell')}</dt>
          <dd>{t(`home:shellName.${info.shell}`)}</dd>
          <dt>{t('home:runtime')}</dt>
          <dd>{info.runtime}</dd>
        </dl>
      )}
      <p>{t('home:dataStaysHere')}</p>
    </Dialog>
  );
}
