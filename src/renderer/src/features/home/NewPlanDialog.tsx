import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';
import { db } from '../../db/database';
import { createPlan } from '../../domain/plans';
import { navigate } from '../../hooks/useRoute';

export function NewPlanDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation(['home', 'common']);
  const [name, setName] = useState('');
  const [municipality, setMunicipality] = useState('');
  const [problem, setProblem] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) {
      setProblem(true);
      return;
    }
    const plan = await createPlan(db, { name, municipality });
    setName('');
    setMunicipality('');
    setProblem(false);
    onClose();
    navigate({ name: 'plan', planId: plan.id, stage: 'partners' });
  };

  return (
    <Dialog open={open} title={t('home:newPlanTitle')} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)} className="form-grid">
        <label>
          {t('home:planName')}
          <input
            autoFocus
            value={name}
            maxLength={200}
            aria-invalid={problem}
            aria-describedby={problem ? 'plan-name-problem' : undefined}
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        {problem && (
          <p id="plan-name-problem" className="field-problem">
            {t('home:planNameRequired')}
          </p>
        )}
        <label>
          {t('home:municipality')}
          <input value={municipality} maxLength={200} onChange={(e) => setMunicipality(e.target.value)} />
        </label>
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('common:cancel')}
          </button>
          <button type="submit" className="primary">
            {t('home:create')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
