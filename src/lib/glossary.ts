/**
 * The words the figures use, in plain English: shown under the first screen's
 * comparison and on the methodology page. Definitions say what the model counts,
 * so they must change when the model does.
 */
import { count } from './format.ts';
import { DEFAULT_DRAWS } from './model/index.ts';

export interface GlossaryEntry {
  term: string;
  meaning: string;
}

export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    term: 'Social prescribing',
    meaning:
      'A GP practice refers someone to a link worker, who helps them find support in their community: groups, activities, and advice on debt, housing or loneliness.',
  },
  {
    term: 'Expert patient programme',
    meaning:
      'A course, led by people who live with a long-term condition themselves, on managing one day to day.',
  },
  {
    term: 'Link worker',
    meaning:
      'The member of a practice team who sees the people referred and connects them with that support. In the planning scenario, the link workers in post set how many people can start.',
  },
  {
    term: 'People who could benefit',
    meaning:
      'Everyone in the groups the programmes are for (people with long-term conditions, mild to moderate mental health or social need, lonely older people, frequent GP attenders) in the first year shown. Not everyone starts.',
  },
  {
    term: 'People supported',
    meaning:
      'Starts: people who begin social prescribing or a course over the years shown. Someone who starts twice counts twice.',
  },
  {
    term: 'NHS benefits',
    meaning:
      'Hospital activity avoided (A&E attendances, emergency admissions and outpatient appointments, at NHS unit costs) and GP appointments released. GP time is capacity freed for other patients, not cash.',
  },
  {
    term: 'Cost',
    meaning: 'What the programmes cost to run: link workers’ pay and overheads, or a cost per start.',
  },
  {
    term: 'Net present value',
    meaning:
      'NHS benefits minus cost. Where a discount rate is set, money in later years counts for less, as HM Treasury’s Green Book asks (3.5% a year).',
  },
  {
    term: 'Benefit-cost ratio',
    meaning: 'Pounds of NHS benefit for each £1 of cost. Below £1, the NHS gets back less than it spends.',
  },
  {
    term: 'Wellbeing (WELLBYs)',
    meaning:
      'One WELLBY is one point of life satisfaction, on a scale of 0 to 10, for one person for one year. It is valued in pounds as the Green Book does, and never added into NHS benefits.',
  },
  {
    term: '90% of runs',
    meaning: `The model is run many times (${count(DEFAULT_DRAWS)} unless you change it), each time drawing every assumption from its evidence range. Nine runs in ten fall between the two figures given.`,
  },
  {
    term: 'Reconstruction',
    meaning:
      'This model set so that London’s NHS benefits come to Healthy London Partnership’s published £533m. Its borough figures are this model’s, not HLP’s: HLP’s detailed tables were never published.',
  },
  {
    term: 'ICB',
    meaning:
      'Integrated care board: the five NHS bodies that plan health services for London’s boroughs (in 2016-17, the sustainability and transformation partnerships, STPs).',
  },
];
