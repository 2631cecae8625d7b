import { DayExceptionControl } from './day-exception';
import type { PopupView } from './load-today';
import { PauseControl } from './pause-control';

/** Pausing the nudges and a day on call or a late shift: "More for today", opened. */
export default function MoreForToday(props: {
  view: PopupView;
  now: number;
  onChanged: (planned: PopupView | null) => void;
}) {
  return (
    <>
      <PauseControl
        pausedUntil={props.view.pausedUntil}
        timeZone={props.view.timeZone}
        nextWorkdayStart={props.view.nextWorkdayStart}
        now={props.now}
        onChanged={props.onChanged}
      />
      <DayExceptionControl
        date={props.view.date}
        current={props.view.exception}
        onChanged={props.onChanged}
      />
    </>
  );
}
