/** Opens the case list searching for a text (the scan box, for what is not a complaint number). */
import { navigate } from '../../lib/route';
import { listStateToParams, INITIAL_LIST_STATE, EMPTY_FILTERS } from '../cases/list-state';

export function openCaseListSearch(text: string): void {
  navigate({ name: 'cases', list: listStateToParams({ ...INITIAL_LIST_STATE, filters: { ...EMPTY_FILTERS, text } }) });
}
