import { type Dictionary } from '~/locales/dictionary'
import { type meetingsVi } from '~/locales/meetings.vi'

/** English strings of the dialogue meetings pages: the same keys as meetings.vi.ts. */
export const meetingsEn: Dictionary<typeof meetingsVi> = {
  nav: 'Dialogue meetings',
  title: 'Dialogue meetings with enterprises',
  intro:
    'The province’s dialogues with enterprises: date, place, chair, the enterprises and projects present, and the obstacles raised there, followed until they are cleared.',
  add: 'Record a meeting',
  newTitle: 'Record a dialogue meeting',
  createdNone: 'Meeting saved (no obstacles).',
  createdOne: 'Meeting saved with 1 obstacle.',
  createdMany: 'Meeting saved with {{count, number}} obstacles.',
  alreadySaved: 'This form had already been sent, so nothing was recorded twice.',

  list: {
    count: '{{count, number}} meetings',
    count_one: '{{count, number}} meeting',
    count_other: '{{count, number}} meetings',
    empty: 'No meetings recorded yet.',
    emptyHint: 'After each dialogue, record who attended and the obstacles the enterprises raised.',
    tableCaption: 'Dialogue meetings, newest first',
    columns: {
      date: 'Date',
      place: 'Place',
      chair: 'Chair',
      projects: 'Projects',
      obstacles: 'Obstacles',
    },
    open: 'Open the meeting of {{date}} at {{place}}',
  },

  form: {
    sections: {
      meeting: 'Meeting',
      attendance: 'Attendance',
      obstacles: 'Obstacles raised',
    },
    date: 'Date of the meeting',
    place: 'Place',
    placePlaceholder: 'For example: People’s Committee hall',
    chair: 'Chair',
    chairPlaceholder: 'For example: Sở Công Thương',
    chairHint: 'The department or person chairing. The obstacles below are recorded as raised by this meeting.',
    enterprises: 'Enterprises present',
    enterprisesHint: 'One enterprise per line.',
    projects: 'Projects present',
    projectsHint: 'A project with an obstacle raised at the meeting counts as present even when not ticked here.',
    noProjects: 'There are no projects in the register yet.',
    notes: 'Notes',
    formErrors: 'Not saved: please correct the fields with a message.',
    obstaclesHint:
      'Each obstacle goes into the register, raised on the day of the meeting. A deadline cannot be before the meeting.',
    noObstacles: 'No obstacles added. A meeting can be saved without any.',
    obstacle: {
      legend: 'Obstacle {{number}}',
      project: 'Project',
      category: 'Category',
      title: 'Obstacle',
      titlePlaceholder: 'For example: Site handover for Sông Khoai industrial park is late',
      description: 'Details',
      departments: 'Responsible departments',
      departmentsHint: 'Choose one or more.',
      deadline: 'Deadline',
      priority: 'Priority',
      add: 'Add an obstacle',
      remove: 'Remove this obstacle',
    },
    submit: 'Save meeting',
  },

  detail: {
    title: 'Dialogue meeting of {{date}}',
    facts: 'About the meeting',
    date: 'Date',
    place: 'Place',
    chair: 'Chair',
    recordedAt: 'Recorded',
    enterprises: 'Enterprises present',
    noEnterprises: 'No enterprises recorded.',
    projects: 'Projects present',
    noProjects: 'No projects recorded.',
    notes: 'Notes',
    obstacles: 'Obstacles raised',
    noObstacles: 'No obstacles were raised at this meeting.',
    obstaclesCaption: 'Obstacles raised at the meeting, by code',
    columns: {
      code: 'Code',
      title: 'Obstacle',
      project: 'Project',
      status: 'Status',
      deadline: 'Deadline',
      departments: 'Responsible departments',
    },
    overdue: 'Overdue',
    back: 'Back to the meetings',
  },

  errors: {
    formNotYours: 'This form cannot be used with the account now signed in. Please open the page again.',
  },
}
