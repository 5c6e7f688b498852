// pct.serapan: % serapan = realisasi anggaran / anggaran × 100.
#include "rules/ratio.h"
#include "rules/table_facts.h"
#include "rules/table_view.h"

namespace sakip {

void check_pct_serapan(const TableContext& ctx) {
  if (!ctx.em.enabled("pct.serapan")) return;
  for (const auto& spec : ctx.facts.ratio_specs())
    if (spec.kind == msg::Pct::Serapan) check_ratio(ctx, spec, "pct.serapan");
}

}  // namespace sakip
