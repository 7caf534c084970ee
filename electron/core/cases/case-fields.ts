/** The synced fields of a case, each one a column of the projected `cases` row. */
export const CASE_FIELD_COLUMNS = {
  number: 'number',
  deskCode: 'desk_code',
  channel: 'channel',
  complainantName: 'complainant_name',
  phone: 'phone',
  buildingRoom: 'building_room',
  site: 'site',
  receivedAt: 'received_at',
  content: 'content',
  category: 'category',
  nature: 'nature',
  status: 'status',
  createdAt: 'created_at',
  createdBy: 'created_by',
} as const;

export type CaseField = keyof typeof CASE_FIELD_COLUMNS;

/** The fields whose text the search box looks in. */
export const SEARCHABLE_CASE_FIELDS = ['number', 'complainantName', 'phone', 'buildingRoom', 'content'] as const;
