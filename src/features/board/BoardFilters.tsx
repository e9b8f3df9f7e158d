import { BOARD_FILTERS, type BoardFilter } from '../../domain/board';
import { useI18n } from '../../i18n/I18nProvider';
import { TextField } from '../../ui/TextField';

interface BoardFiltersProps {
  query: string;
  onQuery: (query: string) => void;
  filter: BoardFilter;
  onFilter: (filter: BoardFilter) => void;
}

/** Search by name or identifier, and one filter at a time: free beds, isolation, allergies. */
export function BoardFilters({ query, onQuery, filter, onFilter }: BoardFiltersProps) {
  const { t } = useI18n();
  return (
    <div className="board-filters">
      <TextField
        type="search"
        label={t('patients.board.searchLabel')}
        hint={t('patients.board.searchHint')}
        value={query}
        onValue={onQuery}
      />
      <div role="group" aria-label={t('patients.board.filtersLabel')} className="segmented">
        {BOARD_FILTERS.map((value) => (
          <button
            key={value}
            type="button"
            aria-pressed={filter === value}
            onClick={() => onFilter(value)}
          >
            {t(`patients.board.filters.${value}`)}
          </button>
        ))}
      </div>
    </div>
  );
}
