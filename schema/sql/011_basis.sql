-- Schema version 11: what an amount is (PRODUCT.md): budget, corrected
-- budget, forecast or actual (an account's figure). Rows written before
-- keep 'budget', the meaning a bare year had.
ALTER TABLE allocations ADD COLUMN basis TEXT NOT NULL DEFAULT 'budget'
  CHECK (basis IN ('budget', 'corrected_budget', 'forecast', 'actual'));
ALTER TABLE stated_totals ADD COLUMN basis TEXT NOT NULL DEFAULT 'budget'
  CHECK (basis IN ('budget', 'corrected_budget', 'forecast', 'actual'));
