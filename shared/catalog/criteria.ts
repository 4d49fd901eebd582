import type { CategoryId } from './categories';
import type { Criterion } from './types';

/**
 * The 61 Trust Services criteria (2017 criteria; the 2022 revision changed points of
 * focus only). Topics, summaries and auditor notes are our own plain-language
 * paraphrase, written for the compliance owner of a small AI agency.
 */

/** Series prefix to its name, in catalogue order. */
export const SERIES_NAMES: Record<string, string> = {
  CC1: 'Control environment',
  CC2: 'Information and communication',
  CC3: 'Risk assessment',
  CC4: 'Monitoring activities',
  CC5: 'Control activities',
  CC6: 'Logical and physical access',
  CC7: 'System operations',
  CC8: 'Change management',
  CC9: 'Risk mitigation',
  A1: 'Availability',
  C1: 'Confidentiality',
  PI1: 'Processing integrity',
  P1: 'Notice',
  P2: 'Choice and consent',
  P3: 'Collection',
  P4: 'Use, retention and disposal',
  P5: 'Access',
  P6: 'Disclosure and notification',
  P7: 'Quality',
  P8: 'Monitoring and enforcement',
};

function categoryOfSeries(series: string): CategoryId {
  if (series.startsWith('CC')) return 'security';
  if (series === 'A1') return 'availability';
  if (series === 'C1') return 'confidentiality';
  if (series === 'PI1') return 'processing-integrity';
  return 'privacy';
}

function criterion(id: string, topic: string, summary: string, auditorLooksFor: readonly string[]): Criterion {
  const series = id.slice(0, id.indexOf('.'));
  return { id, category: categoryOfSeries(series), series, topic, summary, auditorLooksFor };
}

export const CRITERIA: readonly Criterion[] = [
  // CC1 Control environment
  criterion(
    'CC1.1',
    'Commitment to integrity and ethics',
    'Leadership states the standards of conduct it expects and acts when they are broken. In a small agency this usually means a written code of conduct that every employee and contractor accepts, and a known way to raise concerns.',
    [
      'The code of conduct, with the date it was last reviewed',
      'Signed acknowledgements from people who joined during the period',
      'How breaches were handled, or a statement that there were none',
    ],
  ),
  criterion(
    'CC1.2',
    'Board independence and oversight',
    'Someone independent of day-to-day management oversees how controls are designed and run. Few small agencies have a formal board, so an advisory board or a recorded leadership review of security and compliance on a fixed schedule can fill the role.',
    [
      'Minutes of oversight meetings in the period that discuss security, risk or audit matters',
      'A charter or written terms saying who oversees the control system',
      'Evidence that the overseers have relevant expertise or take outside advice',
    ],
  ),
  criterion(
    'CC1.3',
    'Structure, reporting lines and authority',
    'Management sets out how the organisation is structured, who reports to whom and who may approve what. A current org chart and written responsibilities make clear who owns security, engineering, data and client delivery.',
    [
      'A current org chart',
      'Role descriptions or a responsibilities matrix naming the security and compliance owners',
      'Who is allowed to approve access, changes and model releases',
    ],
  ),
  criterion(
    'CC1.4',
    'Competent people',
    'The organisation hires people with the skills their roles need, checks them before they start and keeps their skills current. For an AI agency this applies to engineers and ML staff who handle client data, not only to security roles.',
    [
      'Background check results for a sample of new hires',
      'Role descriptions that state required skills',
      'Training and development records for a sample of staff',
    ],
  ),
  criterion(
    'CC1.5',
    'Accountability for control duties',
    'People are held to account for the control duties given to them. Duties are written into roles, looked at in performance reviews, and ignoring them has consequences.',
    [
      'Performance reviews or objectives that include security and control duties',
      'The disciplinary policy and any actions taken in the period',
      'A current list of control owners',
    ],
  ),

  // CC2 Information and communication
  criterion(
    'CC2.1',
    'Quality information supports controls',
    'The organisation produces or obtains accurate, relevant information that its controls depend on. System inventories, data flow diagrams, logs and reports used in reviews must be complete enough to rely on.',
    [
      'The system and asset inventory and how it is kept current',
      'Data flow and network diagrams for the in-scope system',
      'How the completeness of reports used in controls (user lists, change lists) is checked',
    ],
  ),
  criterion(
    'CC2.2',
    'Internal communication of control responsibilities',
    'Staff are told what their control responsibilities are and how to report problems. Policies are published where people can find them, security training is given, and there is a known route for reporting incidents and concerns.',
    [
      'Policy acknowledgements from staff',
      'Security awareness training material and completion records',
      'The internal channel for reporting incidents and how staff learn about it',
    ],
  ),
  criterion(
    'CC2.3',
    'Communication with external parties',
    'Clients, vendors and other outside parties are told what they need to know about the service, its commitments and how to report problems. Commitments appear in contracts or published material, and clients have a way to raise security concerns.',
    [
      'Client contracts or terms showing security and service commitments',
      'The client-facing route for reporting security issues or complaints',
      'Notices sent to clients about incidents or significant changes',
    ],
  ),

  // CC3 Risk assessment
  criterion(
    'CC3.1',
    'Objectives clear enough to assess risk',
    'The organisation states its objectives clearly enough that risks to them can be identified. For an agency this means writing down its commitments to clients and the system requirements that support them.',
    [
      'Documented business and security objectives',
      'Service commitments in contracts, statements of work or SLAs',
      'A risk assessment that refers back to those objectives',
    ],
  ),
  criterion(
    'CC3.2',
    'Identify and analyse risks',
    'Risks to the objectives are identified across the whole system, including vendors, and rated for likelihood and impact so that each can be treated. AI agencies should include model and data risks such as leaked client data, poisoned training data and adversarial inputs.',
    [
      'The annual risk assessment and risk register with ratings',
      'Treatment decisions and owners for each significant risk',
      'Coverage of vendors and AI-specific threats',
      'Sign-off by management',
    ],
  ),
  criterion(
    'CC3.3',
    'Fraud risk',
    'The risk assessment considers how someone could commit fraud, misuse assets or get round controls, and who would have the motive and the opportunity. In a small team where a few people hold broad access this matters more, not less.',
    [
      'The fraud section of the risk assessment',
      'How management override and privileged users were considered',
      'Controls linked to each fraud risk',
    ],
  ),
  criterion(
    'CC3.4',
    'Assess significant changes',
    'Changes that could affect controls are identified and assessed when they happen: new services, fast growth, new vendors or model providers, new kinds of models, or changes in leadership. Such changes prompt a fresh look at risk rather than waiting for the annual cycle.',
    [
      'Risk reviews triggered by new services, vendors or model types in the period',
      'How leadership, staffing or legal changes were assessed',
      'Updates to the risk register that followed',
    ],
  ),

  // CC4 Monitoring activities
  criterion(
    'CC4.1',
    'Ongoing and separate evaluations',
    'The organisation checks that its controls exist and work, through ongoing monitoring and periodic separate reviews. Automated configuration checks, internal control reviews and penetration tests are typical.',
    [
      'Output from ongoing control monitoring across the period',
      'The internal control review or readiness assessment and its results',
      'The latest penetration test report',
    ],
  ),
  criterion(
    'CC4.2',
    'Deficiencies reported and fixed in time',
    'Weaknesses found by any evaluation are reported to the people who can fix them and tracked until closed. Serious ones reach senior management or the oversight body.',
    [
      'A remediation tracker with owners, due dates and closure evidence',
      'Proof that findings from the penetration test and internal review were fixed',
      'Reports of significant deficiencies to leadership',
    ],
  ),

  // CC5 Control activities
  criterion(
    'CC5.1',
    'Controls chosen to mitigate risk',
    'Controls are chosen and designed to bring identified risks down to an acceptable level. Each significant risk maps to one or more controls, and where the team is too small to separate duties, a compensating control is named.',
    [
      'The mapping from risks to controls',
      'The controls matrix',
      'How segregation of duties, or a compensating control, was considered',
    ],
  ),
  criterion(
    'CC5.2',
    'General controls over technology',
    'Controls over the technology itself are chosen and developed: infrastructure, access, change and operations. These general controls support everything else, including the platforms used to build and serve models.',
    [
      'General IT controls covering infrastructure, access, change and operations',
      'A technology inventory linked to those controls',
      'Configuration standards for cloud accounts and ML platforms',
    ],
  ),
  criterion(
    'CC5.3',
    'Controls deployed through policies and procedures',
    'Controls are put into practice through policies that say what is expected and procedures that say how. Policies have owners, are reviewed on a schedule and are followed in daily work.',
    [
      'The policy set with owners, approvals and version history showing annual review',
      'Written procedures for the key controls',
      'The policy exceptions log',
    ],
  ),

  // CC6 Logical and physical access
  criterion(
    'CC6.1',
    'Logical access security over protected assets',
    'Software, infrastructure and architecture restrict who can reach information assets. This covers identity management, multi-factor authentication, encryption at rest and key management across cloud accounts, code repositories, data stores and ML platforms.',
    [
      'The list of in-scope systems and how each authenticates users',
      'MFA and password settings',
      'Encryption at rest configuration and who can use the keys and secrets',
    ],
  ),
  criterion(
    'CC6.2',
    'Users registered and authorised before credentials',
    'New internal and external users are registered and approved before they receive credentials, and credentials are removed when no longer needed. Joining and leaving follow a recorded process.',
    [
      'Approved provisioning requests for a sample of new accounts',
      'Deprovisioning with timestamps for a sample of leavers',
      'A comparison of the leaver list with live accounts',
    ],
  ),
  criterion(
    'CC6.3',
    'Access granted, changed and removed by role',
    'Access to data, software and functions follows defined roles and least privilege, with separation of duties where possible. Periodic reviews catch access that has drifted.',
    [
      'Role definitions for each in-scope system',
      'The quarterly access review for each in-scope system, with the fixes it led to',
      'The privileged account list and approvals for access changes',
    ],
  ),
  criterion(
    'CC6.4',
    'Physical access restricted',
    'Physical access to facilities and hardware holding protected information is limited to authorised people. For a cloud-first agency most of this sits with the cloud provider, plus office access and company laptops.',
    [
      "The cloud provider's SOC report and its physical security section",
      'Office access arrangements and badge or key lists, if an office is in scope',
      'Removal of physical access for leavers',
    ],
  ),
  criterion(
    'CC6.5',
    'Data made unrecoverable before hardware disposal',
    'Before hardware or media leave the organisation, the data on them is made unrecoverable. This includes laptops returned by leavers and storage retired in cloud services.',
    [
      'Wipe or destruction certificates for disposed devices',
      'The asset inventory showing disposal dates',
      'The procedure used to wipe laptops',
    ],
  ),
  criterion(
    'CC6.6',
    'Defence against threats from outside the boundary',
    'Measures at the system boundary protect against outside threats: firewall and security group rules, secure remote access and hardened public endpoints. For an AI agency the model-serving APIs and chat interfaces exposed to clients are part of that boundary.',
    [
      'Firewall and security group rules and the record of their review',
      'A network diagram showing the boundary',
      'Authentication and rate limits on public APIs, and external test results',
    ],
  ),
  criterion(
    'CC6.7',
    'Data protected in transit and on removal',
    'Moving, transmitting and removing information is limited to authorised people and processes, and data is protected while it moves. Encrypted connections, encrypted devices and controls on data exports all count.',
    [
      'TLS configuration for public and internal endpoints',
      'Disk encryption status for every company laptop',
      'Approved methods for exchanging files with clients',
    ],
  ),
  criterion(
    'CC6.8',
    'Prevent or detect unauthorised or malicious software',
    'Controls stop or detect unauthorised and malicious software. Endpoint protection, limits on installing software and scanning of dependencies, containers and downloaded model files are typical.',
    [
      'Endpoint protection coverage across all devices',
      'Dependency or container scan results from the build pipeline',
      'Evidence that malware alerts were acted on',
    ],
  ),

  // CC7 System operations
  criterion(
    'CC7.1',
    'Detect configuration changes and new vulnerabilities',
    'Monitoring finds configuration changes that weaken security and newly disclosed vulnerabilities. Configuration baselines, drift checks and regular vulnerability scanning with tracked fixes are the usual means.',
    [
      'Vulnerability scan reports spread across the period, with remediation tickets',
      'The configuration baseline and how drift from it is detected',
      'Patching records against the agreed timeframes',
    ],
  ),
  criterion(
    'CC7.2',
    'Monitor components for anomalies',
    'System components are watched for signs of attack, failure or error. Logs are collected centrally, alert rules exist, and someone acts on the alerts.',
    [
      'Logging configuration and retention settings',
      'The alert rules in force',
      'A sample of alerts with the tickets showing how each was handled',
    ],
  ),
  criterion(
    'CC7.3',
    'Evaluate events to decide if they are incidents',
    'Security events are assessed to decide whether they are incidents that need a response. A defined triage step with severity levels keeps the decision consistent.',
    [
      'The triage procedure and severity definitions',
      'Records of events that were assessed, including ones closed as not incidents',
      'The incident log showing how each incident was classified',
    ],
  ),
  criterion(
    'CC7.4',
    'Respond to incidents',
    'Confirmed incidents are handled under a defined response plan: contain, remove the cause, communicate and fix. Roles are assigned in advance and the plan is rehearsed.',
    [
      'The incident response plan',
      'The incident log with timelines for each incident',
      'The annual tabletop exercise and what it changed',
      'Client notifications where a contract required them',
    ],
  ),
  criterion(
    'CC7.5',
    'Recover from incidents',
    'After an incident the organisation restores normal service, fixes root causes and learns from what happened. Lessons feed back into controls and plans.',
    [
      'Postmortems with root causes and follow-up actions',
      'Evidence that follow-up actions were completed',
      'Records of systems or data restored',
    ],
  ),

  // CC8 Change management
  criterion(
    'CC8.1',
    'Changes authorised, designed, tested, approved and deployed',
    'Changes to infrastructure, data, software and procedures are authorised, documented, tested, approved and deployed in a controlled way. For an AI agency this includes changes to models, prompts and pipelines reaching production, while experiments stay in separate environments under lighter rules.',
    [
      'The full list of production changes in the period, from which the auditor samples',
      'Request, review, test and approval records for the sampled changes',
      'Branch protection and deployment permissions',
      'Emergency changes and their approval after the fact',
    ],
  ),

  // CC9 Risk mitigation
  criterion(
    'CC9.1',
    'Mitigate business-disruption risk',
    'The organisation plans for events that could disrupt the business and takes steps to reduce their effect. Continuity planning, redundancy and insurance are the usual tools.',
    [
      'The business continuity plan and its last review',
      'The business impact analysis or equivalent',
      'Insurance cover, such as a cyber policy',
    ],
  ),
  criterion(
    'CC9.2',
    'Manage vendor and business-partner risk',
    'Risks from vendors and partners are assessed before they are engaged and reviewed while they are used. For an AI agency this includes cloud providers, third-party model providers, data suppliers and subcontractors.',
    [
      'The vendor inventory with risk ratings',
      'Vendor assessments and the SOC reports that were reviewed',
      'Contracts or data processing agreements with security terms',
      "How controls the vendor's report expects of its customers are met",
    ],
  ),

  // A1 Availability
  criterion(
    'A1.1',
    'Capacity monitored and planned',
    'Current capacity and usage are tracked and reviewed so that demand can be met and more capacity added in time. For AI services this includes compute and GPU quotas, storage and model provider rate limits.',
    [
      'Capacity dashboards and alert thresholds',
      'Records of capacity reviews and decisions taken',
      'Auto-scaling settings and provider quota records',
    ],
  ),
  criterion(
    'A1.2',
    'Environmental protection, backup and recovery infrastructure',
    'Environmental protections, backups and recovery infrastructure are designed, run and monitored. Cloud providers carry the physical side; the agency is responsible for its backup settings, redundancy and the monitoring of both.',
    [
      'Backup configuration, schedules and retention',
      'Monitoring of backup jobs and how failures were handled',
      'Redundancy across zones or regions, and the provider report covering its facilities',
    ],
  ),
  criterion(
    'A1.3',
    'Recovery plan tested',
    'Recovery procedures are tested on a schedule to show that they work and are complete. Tests measure how long recovery takes against the agreed targets.',
    [
      'The latest recovery test with measured times against targets',
      'Restore test records for backups',
      'Changes made to the plan after the test',
    ],
  ),

  // C1 Confidentiality
  criterion(
    'C1.1',
    'Confidential information identified and protected',
    'Information that must be kept confidential is identified and protected for as long as it is held. For an AI agency that covers client data, training and evaluation sets, model weights, prompts and outputs.',
    [
      'The data classification policy',
      'An inventory of where confidential information is stored',
      'Signed confidentiality agreements for staff and contractors',
      'Access restrictions that match the classification',
    ],
  ),
  criterion(
    'C1.2',
    'Confidential information disposed of',
    'Confidential information is disposed of when it is no longer needed or when a contract requires. For AI work, disposal includes derived artefacts such as embeddings, fine-tuned models and cached outputs, not only the raw data.',
    [
      'The retention schedule',
      'Deletion records for engagements that ended in the period',
      'Confirmation of deletion sent to clients where contracts require it',
    ],
  ),

  // PI1 Processing integrity
  criterion(
    'PI1.1',
    'Processing specifications and quality information defined',
    'The organisation defines and communicates what its processing is meant to do: the data it accepts, how it is processed, what the outputs are and the quality expected. For AI services this includes model specifications, input and output definitions and the accuracy targets agreed with clients.',
    [
      'Statements of work or specifications describing inputs, processing and outputs',
      'Model documentation shared with clients',
      'Agreed accuracy or quality targets',
    ],
  ),
  criterion(
    'PI1.2',
    'Inputs complete and accurate',
    'Controls over inputs make sure that data entering the system is complete and accurate. Schema checks, record counts and handling of rejected records at ingestion are the usual measures.',
    [
      'The input validation rules for each pipeline',
      'Ingestion logs showing rejected records and how they were resolved',
      'Reconciliation of record counts between source and destination',
    ],
  ),
  criterion(
    'PI1.3',
    'Processing controlled',
    'Processing is controlled so that it is complete, accurate, timely and authorised. For AI systems that means running the approved model version, watching pipeline jobs and catching failures and quality drops quickly.',
    [
      'Monitoring of pipeline jobs and how failures were handled',
      'Evidence that the approved model version is the one running',
      'The processing error log and the resolution of each error',
    ],
  ),
  criterion(
    'PI1.4',
    'Outputs complete, accurate, timely and to the right recipient',
    'Outputs are checked for completeness and accuracy, delivered on time and only to the people entitled to them. Output checks, human review of high-stakes results and per-client delivery controls are typical.',
    [
      'Output validation rules or sampling records',
      'Delivery logs for a sample of outputs',
      "Controls that stop one client's outputs reaching another",
    ],
  ),
  criterion(
    'PI1.5',
    'Inputs, work in progress and outputs stored reliably',
    'Inputs, intermediate data and outputs are stored completely and accurately, and kept for as long as the specification says. Versioned datasets, integrity checks and backups support this.',
    [
      'Storage configuration with versioning or immutability',
      'Integrity checks such as checksums on stored datasets',
      'Retention settings that match the specification',
    ],
  ),

  // P1 Notice
  criterion(
    'P1.1',
    'Privacy notice to data subjects',
    'People whose personal information is handled are told what is collected, why, how long it is kept, who it is shared with and what choices they have. Where the agency processes personal data for a client, the contract should say which side gives the notice.',
    [
      'The privacy notice with its version history and review date',
      'Where the notice is published or shown at collection',
      'Client agreements that assign notice duties',
    ],
  ),

  // P2 Choice and consent
  criterion(
    'P2.1',
    'Choices communicated and consent obtained',
    'People are told what choices they have about their personal information and consent is obtained where it is needed. The effect of refusing or withdrawing consent is explained and honoured.',
    [
      'How consent is captured and stored',
      'A sample of consent records',
      'How withdrawals and opt-outs are carried through',
    ],
  ),

  // P3 Collection
  criterion(
    'P3.1',
    'Collect only what objectives need',
    'Only the personal information needed for the stated purposes is collected. For AI work this includes keeping unnecessary personal data out of training and evaluation sets.',
    [
      'A data inventory mapping personal data fields to purposes',
      'Privacy reviews of new collection or new datasets',
      'Evidence of minimisation or redaction in training data',
    ],
  ),
  criterion(
    'P3.2',
    'Explicit consent where required',
    'Where the law or a commitment calls for explicit consent, for example for sensitive personal data, it is obtained and recorded before collection. The purpose is stated clearly at the point of consent.',
    [
      'The list of sensitive data categories that need explicit consent',
      'Explicit consent records for a sample of people',
      'The wording shown when consent is asked for',
    ],
  ),

  // P4 Use, retention and disposal
  criterion(
    'P4.1',
    'Use only for stated purposes',
    'Personal information is used only for the purposes given in the notice or agreed with the client. Using it to train or improve models counts as a purpose and needs the same basis.',
    [
      'Permitted uses recorded for each dataset that contains personal data',
      'Approvals for any new use',
      'Controls that stop client data reaching model training without a basis',
    ],
  ),
  criterion(
    'P4.2',
    'Retain only as long as needed',
    'Personal information is kept only as long as the purpose or the law requires. A retention schedule sets the periods and is enforced.',
    [
      'The retention schedule for personal information',
      'Records of periodic retention sweeps',
      'Automated lifecycle or expiry settings on storage',
    ],
  ),
  criterion(
    'P4.3',
    'Dispose of personal data securely',
    'Personal information is disposed of securely when it is no longer needed. Disposal reaches copies in backups, derived datasets and vendor systems, not only the primary store.',
    [
      'Deletion logs for a sample of disposals',
      'The disposal method for each kind of storage',
      'Vendor confirmations of deletion',
    ],
  ),

  // P5 Access
  criterion(
    'P5.1',
    'Data subjects can access their data',
    'People can ask to see the personal information held about them and receive it after their identity is checked. Requests are answered within the committed time.',
    [
      'The access request procedure',
      'The log of access requests with response dates',
      'How identity was verified for a sample of requests',
    ],
  ),
  criterion(
    'P5.2',
    'Corrections on request, passed on',
    'People can ask for their personal information to be corrected, and corrections are passed on to others who received it. A refused request is explained.',
    [
      'The log of correction requests and outcomes',
      'Evidence that corrections reached downstream recipients',
      'Explanations given for any refused requests',
    ],
  ),

  // P6 Disclosure and notification
  criterion(
    'P6.1',
    'Disclosure to third parties only with consent',
    'Personal information is shared with third parties only for the purposes people were told about and agreed to, or as the client instructed. Each new recipient is checked against that basis.',
    [
      'The list of third parties that receive personal information',
      'The notice or agreement that covers each disclosure',
      'Approvals for new recipients',
    ],
  ),
  criterion(
    'P6.2',
    'Authorised disclosures recorded',
    'Authorised disclosures of personal information are recorded: what was shared, with whom, when and why. The record is complete enough to answer questions from people and regulators later.',
    ['The disclosure register', 'A sample of disclosures traced to the register'],
  ),
  criterion(
    'P6.3',
    'Unauthorised disclosures and breaches recorded',
    'Unauthorised disclosures, including suspected breaches, are recorded and assessed. The record shows what happened, who was affected and what was done.',
    [
      'The privacy incident register',
      'Assessments of each suspected breach',
      'Links from privacy incidents to the main incident log',
    ],
  ),
  criterion(
    'P6.4',
    'Privacy commitments from vendors',
    "Vendors and other third parties that handle personal information commit in writing to protect it in line with the organisation's own commitments. Their compliance is checked before they are engaged and while they are used.",
    [
      'Data processing agreements with each vendor that handles personal data',
      'The subprocessor list',
      'Reviews of vendor privacy practices',
    ],
  ),
  criterion(
    'P6.5',
    'Vendors report suspected breaches',
    'Vendors are required to tell the organisation promptly about actual or suspected unauthorised disclosures. That lets the organisation meet its own duties to clients, people and regulators.',
    [
      'Breach notification clauses in vendor agreements',
      'Any vendor breach notices received and how they were handled',
    ],
  ),
  criterion(
    'P6.6',
    'Breach notification to people and regulators',
    'When a breach affects personal information, the affected people, clients and regulators are told as the law and commitments require. Notices go out within the required time and say what happened and what people can do.',
    [
      'The breach notification procedure with timeframes',
      'Notifications sent in the period, or confirmation that none were needed',
      'The reasoning recorded for each decision to notify or not',
    ],
  ),
  criterion(
    'P6.7',
    'Accounting of data held and disclosed',
    'On request, people can be told what personal information is held about them and to whom it has been disclosed. This relies on an up-to-date data inventory and disclosure register.',
    ['The personal data inventory', 'Responses to requests for an account of disclosures'],
  ),

  // P7 Quality
  criterion(
    'P7.1',
    'Data kept accurate and relevant',
    'Personal information is kept accurate, complete and relevant for its purpose. Validation at collection and a way to refresh or correct records support this.',
    [
      'Validation rules applied when personal data is collected',
      'Periodic data quality checks and their results',
      'Corrections made after quality issues were found',
    ],
  ),

  // P8 Monitoring and enforcement
  criterion(
    'P8.1',
    'Inquiries, complaints and disputes handled',
    'There is a way for people to raise privacy questions, complaints and disputes, and each is recorded, answered and resolved. Compliance with privacy commitments is reviewed and gaps are fixed.',
    [
      'The published contact route for privacy matters',
      'The complaint log with resolutions',
      'The periodic privacy compliance review and its follow-up',
    ],
  ),
];

/** Every criterion by its ID. */
export const CRITERIA_BY_ID: ReadonlyMap<string, Criterion> = new Map(CRITERIA.map((c) => [c.id, c]));

/** The criteria in the given categories, in catalogue order. */
export function criteriaForCategories(categories: readonly CategoryId[]): Criterion[] {
  const wanted = new Set<CategoryId>(categories);
  return CRITERIA.filter((c) => wanted.has(c.category));
}
