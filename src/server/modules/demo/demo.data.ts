import type { ExperienceLevel } from '../../../shared/schemas/talents.schemas.js';

/** The demo data: browser tests and people trying the app rely on its emails, names and times. */
export const DEMO_PASSWORD = 'parley-demo';
export const DEMO_DOMAIN = 'demo.parley.test';
export const DEMO_TIME_ZONE = 'Europe/Berlin';

export const demoOrganizer = { email: `organizer@${DEMO_DOMAIN}`, name: 'Olivia Organizer' };
export const demoSupport = { email: `support@${DEMO_DOMAIN}`, name: 'Sky Support' };

export const demoEvent = {
  name: 'Demo Career Fair',
  description:
    'Meet recruiters from Acme Robotics and Globex in private 1-1 chats: online today and the day after ' +
    'tomorrow, in person tomorrow.',
};

export const demoCompanies = [
  {
    name: 'Acme Robotics',
    booth: 'Hall A, Booth 12',
    recruiters: [
      { email: `recruiter1@${DEMO_DOMAIN}`, name: 'Alex Morgan' },
      { email: `recruiter2@${DEMO_DOMAIN}`, name: 'Sam Lee' },
    ],
  },
  {
    name: 'Globex',
    booth: 'Hall B, Table 4',
    recruiters: [{ email: `recruiter3@${DEMO_DOMAIN}`, name: 'Jordan Patel' }],
  },
];

/** What Alex Morgan (recruiter1) confirmed for the event. */
export const demoRecruiterDetails = {
  backgrounds: ['Computer Science', 'Electrical Engineering', 'Mechatronics'],
  levels: ['student', 'entry', 'mid'] as ExperienceLevel[],
  languages: ['English', 'German'],
  topics: ['Robotics', 'Embedded systems', 'Computer vision'],
  customQuestion: 'Which robot or hardware project are you proudest of?',
};

/** The chat between Alex Morgan and Taylor Kim that starts when the demo data is created. */
export const demoChat = {
  requestMessage: 'Hi Alex, I would love to hear how the perception team at Acme Robotics works.',
  talentAnswer: 'A warehouse robot that finds its way with ROS 2 and a depth camera, my bachelor project.',
};

export interface DemoTalent {
  name: string;
  headline: string;
  background: string;
  level: ExperienceLevel;
  languages: string[];
  topics: string[];
  bio: string;
  links: string[];
}

/** talent1 … talent20, in order; the first seven names are fixed by the contract. */
export const demoTalents: DemoTalent[] = [
  {
    name: 'Taylor Kim',
    headline: 'Robotics engineer, fresh from university',
    background: 'Mechatronics',
    level: 'entry',
    languages: ['English', 'Korean'],
    topics: ['Robotics', 'Computer vision', 'ROS'],
    bio: 'Built a warehouse robot that maps its way with a depth camera. Looking for a first role in perception.',
    links: ['https://taylorkim.example'],
  },
  {
    name: 'Robin Weber',
    headline: 'Embedded software developer',
    background: 'Electrical Engineering',
    level: 'mid',
    languages: ['German', 'English'],
    topics: ['Embedded systems', 'C++', 'Rust'],
    bio: 'Four years of firmware for industrial sensors. Happiest close to the hardware, with an oscilloscope near.',
    links: ['https://robinweber.example/projects'],
  },
  {
    name: 'Chris Novak',
    headline: 'Data scientist moving into machine learning engineering',
    background: 'Statistics',
    level: 'mid',
    languages: ['English', 'Czech', 'German'],
    topics: ['Machine learning', 'Python', 'MLOps'],
    bio: 'Forecasting models for a retailer; now wants to put models into products rather than slide decks.',
    links: ['https://chrisnovak.example'],
  },
  {
    name: 'Dana Costa',
    headline: 'Product designer for complex tools',
    background: 'Interaction Design',
    level: 'senior',
    languages: ['Portuguese', 'English', 'Spanish'],
    topics: ['UX design', 'Design systems', 'User research'],
    bio: 'Eight years designing software for engineers and operators. Likes to sit next to the people who use it.',
    links: ['https://danacosta.example/portfolio'],
  },
  {
    name: 'Eli Schmidt',
    headline: 'Computer science student, backend and cloud',
    background: 'Computer Science',
    level: 'student',
    languages: ['German', 'English'],
    topics: ['Backend development', 'Go', 'Cloud infrastructure'],
    bio: 'Fifth semester, working student at a start-up. Looking for a summer internship in a platform team.',
    links: ['https://elischmidt.example'],
  },
  {
    name: 'Fran Okafor',
    headline: 'Mechanical engineer, robot arms and grippers',
    background: 'Mechanical Engineering',
    level: 'entry',
    languages: ['English', 'French'],
    topics: ['Robotics', 'CAD', 'Manufacturing'],
    bio: 'Master thesis on soft grippers for food handling. Comfortable from the sketch to the machined part.',
    links: ['https://franokafor.example'],
  },
  {
    name: 'Gabi Rossi',
    headline: 'Engineering manager',
    background: 'Computer Science',
    level: 'executive',
    languages: ['Italian', 'English', 'German'],
    topics: ['Leadership', 'Hiring', 'Distributed systems'],
    bio: 'Led three teams through two scale-ups. Interested in building a robotics software organisation.',
    links: ['https://gabirossi.example'],
  },
  {
    name: 'Priya Raman',
    headline: 'Computer vision researcher',
    background: 'Computer Science',
    level: 'senior',
    languages: ['English', 'Hindi', 'Tamil'],
    topics: ['Computer vision', 'Deep learning', 'Python'],
    bio: 'PhD on 3D scene understanding, two years in industry research. Wants to ship models that run on robots.',
    links: ['https://priyaraman.example', 'https://priyaraman.example/papers'],
  },
  {
    name: 'Lukas Brandt',
    headline: 'Field service technician retraining as developer',
    background: 'Industrial Electronics',
    level: 'entry',
    languages: ['German'],
    topics: ['PLC programming', 'Python', 'Automation'],
    bio: 'Ten years servicing packaging machines, now finishing a developer bootcamp. Knows factories from inside.',
    links: [],
  },
  {
    name: 'Amara Nwosu',
    headline: 'Security engineer',
    background: 'Information Security',
    level: 'mid',
    languages: ['English', 'Igbo'],
    topics: ['Security', 'Embedded systems', 'Threat modelling'],
    bio: 'Pen-tests connected devices. Wants to help a hardware company design security in from the start.',
    links: ['https://amaranwosu.example'],
  },
  {
    name: 'Mateo García',
    headline: 'Frontend developer',
    background: 'Software Engineering',
    level: 'mid',
    languages: ['Spanish', 'English'],
    topics: ['TypeScript', 'React', 'Accessibility'],
    bio: 'Builds dashboards that operators can read at a glance. Cares about keyboard users and screen readers.',
    links: ['https://mateogarcia.example'],
  },
  {
    name: 'Sofia Lindqvist',
    headline: 'Supply chain analyst',
    background: 'Industrial Engineering',
    level: 'mid',
    languages: ['Swedish', 'English', 'German'],
    topics: ['Operations', 'Data analysis', 'SQL'],
    bio: 'Optimised spare-part logistics for a truck maker. Looking for a role between data and operations.',
    links: [],
  },
  {
    name: 'Yuki Tanaka',
    headline: 'Control systems engineer',
    background: 'Mechanical Engineering',
    level: 'senior',
    languages: ['Japanese', 'English'],
    topics: ['Control theory', 'Robotics', 'MATLAB'],
    bio: 'Motion control for industrial robots at a large manufacturer. Relocating to Germany next spring.',
    links: ['https://yukitanaka.example'],
  },
  {
    name: 'Omar Haddad',
    headline: 'DevOps engineer',
    background: 'Computer Engineering',
    level: 'mid',
    languages: ['Arabic', 'English', 'French'],
    topics: ['Cloud infrastructure', 'Kubernetes', 'CI/CD'],
    bio: 'Runs build farms and fleets of edge devices. Likes boring, reliable deployments.',
    links: ['https://omarhaddad.example'],
  },
  {
    name: 'Zofia Kowalska',
    headline: 'Technical writer',
    background: 'Linguistics',
    level: 'mid',
    languages: ['Polish', 'English', 'German'],
    topics: ['Documentation', 'API design', 'UX writing'],
    bio: 'Writes manuals and API docs that engineers actually read. Previously at a machine-vision company.',
    links: ['https://zofiakowalska.example/samples'],
  },
  {
    name: 'Emre Yılmaz',
    headline: 'Electrical engineering student',
    background: 'Electrical Engineering',
    level: 'student',
    languages: ['Turkish', 'English', 'German'],
    topics: ['Power electronics', 'Embedded systems', 'C'],
    bio: 'Building the battery management system of our university’s Formula Student car. Wants a thesis topic.',
    links: [],
  },
  {
    name: 'Chloé Dubois',
    headline: 'Product manager, hardware products',
    background: 'Business and Engineering',
    level: 'senior',
    languages: ['French', 'English'],
    topics: ['Product management', 'Robotics', 'Go-to-market'],
    bio: 'Brought two service robots from prototype to the market. Likes talking to customers as much as to engineers.',
    links: ['https://chloedubois.example'],
  },
  {
    name: 'Daniel Mensah',
    headline: 'Quality engineer',
    background: 'Mechanical Engineering',
    level: 'entry',
    languages: ['English', 'Twi'],
    topics: ['Quality assurance', 'Manufacturing', 'Six Sigma'],
    bio: 'Two years of quality audits in automotive. Interested in test automation for hardware.',
    links: [],
  },
  {
    name: 'Hannah Fischer',
    headline: 'Recruiting coordinator turned people analyst',
    background: 'Psychology',
    level: 'mid',
    languages: ['German', 'English'],
    topics: ['People analytics', 'SQL', 'Hiring'],
    bio: 'Knows career fairs from the other side of the table. Now turns hiring data into better decisions.',
    links: ['https://hannahfischer.example'],
  },
  {
    name: 'Wei Chen',
    headline: 'Simulation engineer',
    background: 'Physics',
    level: 'senior',
    languages: ['Mandarin', 'English'],
    topics: ['Simulation', 'C++', 'Robotics'],
    bio: 'Physics engines and digital twins for warehouse automation. Fluent in both C++ and whiteboard maths.',
    links: ['https://weichen.example'],
  },
];
