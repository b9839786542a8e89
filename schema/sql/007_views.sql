-- Schema version 7: views for analysts and for tools that read the database
-- directly (Datasette, spreadsheets, BI). Views only: nothing is stored
-- twice, so they can never disagree with the tables they read.

-- One row per initiative and year: what an analyst pivots on. Several
-- allocations of one initiative and year (e.g. service and intervention
-- money) are added up; `allocations` keeps them apart.
CREATE VIEW initiative_years AS
SELECT
  i.id                 AS initiative_id,
  i.document_id        AS document_id,
  d.file_name          AS document,
  d.title              AS document_title,
  i.ordinal            AS ordinal,
  i.title              AS title,
  a.year               AS year,
  SUM(a.amount_dkk)    AS amount_dkk,
  COUNT(*)             AS allocation_count,
  group_concat(DISTINCT a.category) AS categories,
  i.funding_source     AS funding_source,
  i.funding_url        AS funding_url,
  i.origin             AS origin,
  i.page               AS page,
  MIN(a.page)          AS amount_page
FROM initiatives AS i
JOIN documents AS d ON d.id = i.document_id
JOIN allocations AS a ON a.initiative_id = i.id
GROUP BY i.id, a.year;

-- Findings with their document and page, most serious first when sorted by
-- severity_rank.
CREATE VIEW finding_details AS
SELECT
  f.id                 AS finding_id,
  f.document_id        AS document_id,
  d.file_name          AS document,
  d.title              AS document_title,
  d.path               AS path,
  f.rule               AS rule,
  f.severity           AS severity,
  CASE f.severity WHEN 'error' THEN 1 WHEN 'warning' THEN 2 ELSE 3 END AS severity_rank,
  f.label              AS label,
  f.year               AS year,
  f.stated_dkk         AS stated_dkk,
  f.computed_dkk       AS computed_dkk,
  f.difference_dkk     AS difference_dkk,
  f.tolerance_dkk      AS tolerance_dkk,
  f.message            AS message,
  f.page               AS page,
  f.x0 AS x0, f.y0 AS y0, f.x1 AS x1, f.y1 AS y1,
  p.width_pt           AS page_width_pt,
  p.height_pt          AS page_height_pt,
  f.table_id           AS table_id,
  t.ordinal            AS table_ordinal
FROM findings AS f
JOIN documents AS d ON d.id = f.document_id
LEFT JOIN pages AS p ON p.document_id = f.document_id AND p.page_number = f.page
LEFT JOIN tables AS t ON t.id = f.table_id;

-- One row per document: what it is, whether it loaded, what it holds and
-- what reconciliation found.
CREATE VIEW document_overview AS
SELECT
  d.id                 AS document_id,
  d.file_name          AS file_name,
  d.title              AS title,
  d.status             AS status,
  d.error              AS error,
  d.page_count         AS page_count,
  (SELECT COUNT(*) FROM initiatives AS i WHERE i.document_id = d.id) AS initiatives,
  (SELECT COUNT(*) FROM allocations AS a JOIN initiatives AS i ON i.id = a.initiative_id
     WHERE i.document_id = d.id) AS allocations,
  (SELECT SUM(a.amount_dkk) FROM allocations AS a JOIN initiatives AS i ON i.id = a.initiative_id
     WHERE i.document_id = d.id) AS allocated_dkk,
  (SELECT MIN(a.year) FROM allocations AS a JOIN initiatives AS i ON i.id = a.initiative_id
     WHERE i.document_id = d.id) AS first_year,
  (SELECT MAX(a.year) FROM allocations AS a JOIN initiatives AS i ON i.id = a.initiative_id
     WHERE i.document_id = d.id) AS last_year,
  (SELECT COUNT(*) FROM stated_totals AS s WHERE s.document_id = d.id) AS stated_totals,
  (SELECT COUNT(*) FROM findings AS f WHERE f.document_id = d.id AND f.severity = 'error') AS errors,
  (SELECT COUNT(*) FROM findings AS f WHERE f.document_id = d.id AND f.severity = 'warning') AS warnings,
  (SELECT COUNT(*) FROM findings AS f WHERE f.document_id = d.id AND f.severity = 'info') AS infos,
  d.path               AS path,
  d.imported_at        AS imported_at
FROM documents AS d;

-- Allocations per document and year: the totals a reader compares with the
-- document's own summary.
CREATE VIEW document_years AS
SELECT
  i.document_id        AS document_id,
  d.file_name          AS document,
  a.year               AS year,
  SUM(a.amount_dkk)    AS allocated_dkk,
  COUNT(DISTINCT i.id) AS initiatives,
  COUNT(*)             AS allocations
FROM allocations AS a
JOIN initiatives AS i ON i.id = a.initiative_id
JOIN documents AS d ON d.id = i.document_id
GROUP BY i.document_id, a.year;
