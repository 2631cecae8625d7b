import type { Purpose, Templates } from '../../domain/compose';
import { t, type MessageKey } from '../../i18n';

/** The catalogue's name for each purpose, for the composer's select. */
export const PURPOSE_LABEL: Record<Purpose, MessageKey> = {
  'check-in': 'purposeCheckIn',
  'thank-you': 'purposeThankYou',
  invite: 'purposeInvite',
  supervision: 'purposeSupervision',
  'offer-support': 'purposeOfferSupport',
};

/** The suggested messages until the user writes their own: catalogue text, so translated. */
export function defaultTemplates(): Templates {
  return {
    'check-in': { subject: t('templateCheckInSubject'), body: t('templateCheckInBody') },
    'thank-you': { subject: t('templateThankYouSubject'), body: t('templateThankYouBody') },
    invite: { subject: t('templateInviteSubject'), body: t('templateInviteBody') },
    supervision: { subject: t('templateSupervisionSubject'), body: t('templateSupervisionBody') },
    'offer-support': {
      subject: t('templateOfferSupportSubject'),
      body: t('templateOfferSupportBody'),
    },
  };
}
