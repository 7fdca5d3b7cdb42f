/**
 * The coverage panel names the legislated advisory-committee seats nobody fills and the groups
 * consultation has not reached, and updates as partners are added and edited; sessions show the
 * sectors in the room and the seats absent that day.
 */
import { expect, test } from './fixtures';
import { CapturePage } from './pages/capture-page';

test('missing seats and groups are named, and disappear as the table fills', async ({ app, page }) => {
  const partners = new CapturePage(page);
  await app.goto();
  await app.newPlan('Coverage check');
  // No partners yet: no banner to shout about an empty plan.
  await expect(partners.coverageBanner()).toHaveCount(0);

  await app.addPartner('Riverbend Police Service Board', 'Police service board');
  await app.addPartner('Riverbend General Hospital', 'Health');
  await app.addPartner('Riverbend District School Board', 'Education');
  await app.addPartner('Town of Riverbend', 'Municipal government');
  await app.addPartner("Riverbend Children's Aid Society", 'Children and youth services');
  await app.addPartner('Youth Justice Residence', 'Youth custody and youth justice');
  await expect(partners.coverageBanner()).toContainText(
    'Legislated seat not filled: Community or social services.',
  );
  await expect(partners.coverageBanner()).toContainText(
    '4 groups not reached yet: Youth; Racialized groups; First Nations, Métis and Inuit communities; People who have received mental health or addictions services.',
  );

  await partners.openTab(/Coverage/);
  const seats = page.getByRole('list', { name: 'Legislated seats' });
  await expect(page.getByRole('heading', { name: 'Advisory-committee seats: 6 of 7 filled' })).toBeVisible();
  await expect(seats.getByRole('listitem').filter({ hasText: 'Community or social services' }).first()).toContainText('Missing: no partner fills this seat');
  await expect(seats.getByRole('listitem').filter({ hasText: 'Police service board' })).toContainText('Filled by Riverbend Police Service Board');

  // The town's social services fill the missing seat: editing the partner adds it.
  await partners.openTab(/organisation/);
  await partners.setSeatsAndGroups('Town of Riverbend', ['Community or social services']);
  await expect(partners.coverageBanner()).not.toContainText('Legislated seat not filled');

  // Groups: the school board represents youth; a participant from a First Nation; CMHA for lived experience.
  await partners.setSeatsAndGroups('Riverbend District School Board', ['Youth']);
  await app.addPartner('Canadian Mental Health Association', 'Mental health and addictions');
  await partners.setSeatsAndGroups('Canadian Mental Health Association', ['People who have received mental health or addictions services']);
  await partners.openTab(/participant/);
  const form = page.getByRole('form', { name: 'Add a participant' });
  await form.getByLabel("Person's name").fill('Elder Mary Cheechoo');
  await form.getByRole('combobox', { name: /^Speaks for sector/ }).selectOption({ label: 'Indigenous organizations and communities' });
  await form.getByRole('button', { name: 'Add participant' }).click();
  await page.getByRole('button', { name: 'Edit participant Elder Mary Cheechoo' }).click();
  const dialog = page.getByRole('dialog', { name: 'Participant: Elder Mary Cheechoo' });
  await dialog.getByRole('checkbox', { name: 'First Nations, Métis and Inuit communities' }).check();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(partners.coverageBanner()).toHaveText(/^Not reached yet: Racialized groups\.See coverage$/);

  await partners.coverageBanner().getByRole('button', { name: 'See coverage' }).click();
  const groups = page.getByRole('list', { name: 'Consultation groups' });
  await expect(page.getByRole('heading', { name: 'Groups consultation must reach: 3 of 4 reached' })).toBeVisible();
  await expect(groups.getByRole('listitem').filter({ hasText: 'First Nations' })).toContainText('Reached through Elder Mary Cheechoo');
  await expect(groups.getByRole('listitem').filter({ hasText: 'Racialized groups' })).toContainText('Not reached yet');
  await expect(page.getByRole('heading', { name: 'Advisory-committee seats: 7 of 7 filled' })).toBeVisible();
});

test('sessions: attendance gives the sectors in the room and the seats absent that day', async ({ app, page }) => {
  const partners = new CapturePage(page);
  await app.goto();
  await app.newPlan('Sessions check');
  await app.addPartner('Riverbend Police Service Board', 'Police service board');
  await app.addPartner('Riverbend General Hospital', 'Health');
  await app.addParticipant('Dana Rivera', 'Riverbend Police Service Board');
  await app.addParticipant('Amir Haddad', 'Riverbend General Hospital');

  await partners.openTab(/session/);
  const add = page.getByRole('form', { name: 'Add a session' });
  await add.getByLabel('Title').fill('Session 1: What we heard');
  await add.getByLabel('Date').fill('2025-10-07');
  await add.getByLabel('Place').fill('Council chamber');
  await add.getByRole('button', { name: 'Add session' }).click();
  const session = page.getByRole('list', { name: 'Sessions' }).getByRole('listitem');
  await expect(session).toContainText('October 7, 2025 · Council chamber');
  await expect(session).toContainText('0 of 2 participants attended');

  await page.getByRole('button', { name: 'Attendance at Session 1: What we heard' }).click();
  const attendance = page.getByRole('dialog', { name: 'Who attended Session 1: What we heard' });
  await attendance.getByRole('checkbox', { name: 'Dana Rivera' }).check();
  await attendance.getByRole('button', { name: 'Save attendance' }).click();
  await expect(session).toContainText('1 of 2 participants attended');
  await expect(session).toContainText('Sectors in the room: Police service board');
  await expect(session).toContainText('Legislated seats nobody represented: Health or mental health; Education provider');

  await partners.openTab(/Coverage/);
  const row = page.getByRole('table', { name: 'Attendance by sector at each session' }).getByRole('row', { name: /Session 1/ });
  await expect(row).toContainText('Police service board');
  await expect(row).toContainText('Health or mental health');

  // A session without a title is refused with a message, and the session keeps its title.
  await partners.openTab(/session/);
  await page.getByRole('button', { name: 'Edit session Session 1: What we heard' }).click();
  const edit = page.getByRole('dialog', { name: 'Session: Session 1: What we heard' });
  await edit.getByLabel('Title').fill('');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit.getByRole('alert')).toHaveText('Give the session a title.');
  await edit.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('heading', { name: 'Session 1: What we heard' })).toBeVisible();
});
