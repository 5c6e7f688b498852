// pct.share: shares and change percentages (Prosentase = Bertambah/Berkurang / Sebelum × 100, or a declared ratio).
#include "rules/ratio.h"
#include "rules/table_facts.h"
#include "rules/table_view.h"

namespace sakip {

void check_pct_share(const TableContext& ctx) {
  if (!ctx.em.enabled("pct.share")) return;
  for (const auto& spec : ctx.facts.ratio_specs())
    if (spec.kind == msg::Pct::Share) check_ratio(ctx, spec, "pct.share");
}

}  // namespace sakip
