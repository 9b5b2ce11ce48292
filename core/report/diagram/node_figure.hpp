// The figure of a flow node at given bounds, shared by the DI drawing and the generated layout.
#pragma once

#include "seamless/report/diagram.hpp"

namespace seamless::report::diagram {

Figure node_figure(const model::Node& node, const model::Bounds& at);

}  // namespace seamless::report::diagram
