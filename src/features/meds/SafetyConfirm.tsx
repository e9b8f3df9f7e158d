import '../../ui/medSafety.css';
import { Choice, ChoiceField } from '../../ui/ChoiceField';
import { TextField } from '../../ui/TextField';

interface SafetyConfirmProps {
  /** Names the checkbox and the reason field apart from other confirmations of the form. */
  name: string;
  title: string;
  /** What was found, one sentence each. */
  lines: readonly string[];
  checkLabel: string;
  checked: boolean;
  onCheck: (checked: boolean) => void;
  reasonLabel: string;
  reason: string;
  onReason: (reason: string) => void;
  /** The write's refusal, on the checkbox until it is ticked, then on the reason. */
  error: string | undefined;
}

/**
 * A warning the nurse must answer: she does not go on, or ticks that she goes on anyway and
 * says why. The warning's words and the reason are what the event keeps.
 */
export function SafetyConfirm(props: SafetyConfirmProps) {
  const { name, title, lines, checked, error } = props;
  return (
    <div className="prn-limit safety-confirm" role="alert">
      <p>
        <strong>⚠ {title}</strong>
      </p>
      <ul>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <ChoiceField legend={title} error={checked ? undefined : error}>
        <Choice
          type="checkbox"
          name={name}
          label={props.checkLabel}
          checked={checked}
          onChange={props.onCheck}
        />
      </ChoiceField>
      {checked && (
        <TextField
          label={props.reasonLabel}
          error={error}
          value={props.reason}
          onValue={props.onReason}
        />
      )}
    </div>
  );
}
