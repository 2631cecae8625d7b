/**
 * Whether notifications here can carry buttons. Firefox's cannot: notifications.create
 * rejects `buttons`, and notifications.onButtonClicked is an unimplemented stub that logs
 * "attempting to use listener "notifications.onButtonClicked", which is unimplemented" each
 * time a listener is added, so at every start of the event page. There a click opens the
 * page with the nudge's actions instead (clickTarget), and the popup lists them too.
 */
export const HAS_NOTIFICATION_BUTTONS = !import.meta.env.FIREFOX;
