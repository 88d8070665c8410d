#include "core/nn/transformer_trace.h"

namespace al::nn {

std::string_view name(SublayerKind kind) {
    switch (kind) {
    case SublayerKind::SelfAttention:
        return "self_attention";
    case SublayerKind::CrossAttention:
        return "cross_attention";
    case SublayerKind::FeedForward:
        return "feed_forward";
    }
    return {};
}

} // namespace al::nn
