import type { ContactErrorCode } from '../../domain/network/contact-validation';
import type { CoverageGap, ThinSign } from '../../domain/network/coverage';
import type { FlowBalance, PersonReciprocity } from '../../domain/network/reciprocity';
import type { SensitiveHint } from '../../domain/network/sensitive-note';
import type {
  ConnectionKind,
  ConnectionMode,
  ReachKind,
  Role,
  SupportDirection,
} from '../../domain/types';
import type { MessageKey } from '../../i18n';

/** Catalogue keys for every code the network's domain returns; one table each. */
export const ROLE_LABEL: Record<Role, MessageKey> = {
  colleague: 'roleColleague',
  supervisor: 'roleSupervisor',
  mentor: 'roleMentor',
  friend: 'roleFriend',
  family: 'roleFamily',
  'peer-group': 'rolePeerGroup',
  'professional-org': 'roleProfessionalOrg',
  'external-support': 'roleExternalSupport',
  'online-community': 'roleOnlineCommunity',
};

/** A role inside a sentence ("it has no mentor"), where English writes it lowercase. */
export const ROLE_IN_SENTENCE: Record<Role, MessageKey> = {
  colleague: 'roleInSentenceColleague',
  supervisor: 'roleInSentenceSupervisor',
  mentor: 'roleInSentenceMentor',
  friend: 'roleInSentenceFriend',
  family: 'roleInSentenceFamily',
  'peer-group': 'roleInSentencePeerGroup',
  'professional-org': 'roleInSentenceProfessionalOrg',
  'external-support': 'roleInSentenceExternalSupport',
  'online-community': 'roleInSentenceOnlineCommunity',
};

export const REACH_LABEL: Record<ReachKind, MessageKey> = {
  email: 'reachEmail',
  phone: 'reachPhone',
  sms: 'reachSms',
  chat: 'reachChat',
  video: 'reachVideo',
  web: 'reachWeb',
  'in-person': 'reachInPerson',
};

export const KIND_LABEL: Record<ConnectionKind, MessageKey> = {
  supervision: 'kindSupervision',
  'peer-check-in': 'kindPeerCheckIn',
  'peer-group': 'kindPeerGroup',
  informal: 'kindInformal',
  'self-care-together': 'kindSelfCare',
  message: 'kindMessage',
  other: 'kindOther',
};

export const MODE_LABEL: Record<ConnectionMode, MessageKey> = {
  'in-person': 'modeInPerson',
  video: 'modeVideo',
  phone: 'modePhone',
  message: 'modeMessage',
};

export const DIRECTION_LABEL: Record<SupportDirection, MessageKey> = {
  gave: 'directionGave',
  received: 'directionReceived',
  both: 'directionBoth',
};

export const CONTACT_ERROR: Record<ContactErrorCode, MessageKey> = {
  'name-empty': 'errorNameEmpty',
  'name-too-long': 'errorNameTooLong',
  'roles-empty': 'errorRolesEmpty',
  'reach-too-many': 'errorReachTooMany',
  'cadence-range': 'errorCadenceRange',
  'level-range': 'errorLevelRange',
  'text-too-long': 'errorTextTooLong',
  'reach-empty': 'errorReachEmpty',
  'reach-bad-email': 'errorReachEmail',
  'reach-bad-phone': 'errorReachPhone',
  'reach-bad-link': 'errorReachLink',
  'reach-too-long': 'errorReachTooLong',
};

export const GAP_SUGGESTION: Record<CoverageGap['suggestion'], MessageKey> = {
  'find-mentor': 'gapFindMentor',
  'find-supervisor': 'gapFindSupervisor',
  'join-peer-group': 'gapJoinPeerGroup',
  'join-professional-org': 'gapJoinProfessionalOrg',
  'consider-external-support': 'gapExternalSupport',
  'join-online-community': 'gapOnlineCommunity',
  'reach-colleague': 'gapColleague',
  'reconnect-friend': 'gapFriend',
  'reconnect-family': 'gapFamily',
};

export const THIN_LABEL: Record<ThinSign['kind'], MessageKey> = {
  'one-person-many-roles': 'thinOnePersonManyRoles',
  'no-one-outside-work': 'thinNoOneOutsideWork',
  'single-point': 'thinSinglePoint',
};

export const BALANCE_LABEL: Record<FlowBalance, MessageKey> = {
  balanced: 'balanceBalanced',
  'mostly-giving': 'balanceMostlyGiving',
  'mostly-receiving': 'balanceMostlyReceiving',
  'too-few': 'balanceTooFew',
};

export const RECIPROCITY_SUGGESTION: Record<
  NonNullable<PersonReciprocity['suggestion']>,
  MessageKey
> = {
  'thank-them': 'suggestThankThem',
  'ask-for-support': 'suggestAskForSupport',
};

export const SENSITIVE_LABEL: Record<SensitiveHint, MessageKey> = {
  'date-of-birth': 'sensitiveDateOfBirth',
  'case-number': 'sensitiveCaseNumber',
  'id-number': 'sensitiveIdNumber',
  'street-address': 'sensitiveStreetAddress',
};
