// pct.capaian: % capaian = realisasi / target × 100; lower-is-better indicators use the configured formula (ratio.cpp).
#include "rules/ratio.h"
#include "rules/table_facts.h"
#include "rules/table_view.h"

namespace sakip {

void check_pct_capaian(const TableContext& ctx) {
  if (!ctx.em.enabled("pct.capaian")) return;
  for (const auto& spec : ctx.facts.ratio_specs())
    if (spec.kind == msg::Pct::Capaian) check_ratio(ctx, spec, "pct.capaian");
}

}  // namespace sakip
