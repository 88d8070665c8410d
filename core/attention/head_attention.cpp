#include "core/attention/head_attention.h"

namespace al {

HeadAttentionCache& HeadAttentionCache::operator=(const HeadAttentionCache& other) {
    if (this == &other) return *this;
    kept_ = other.kept_;
    const std::lock_guard lock(mutex_);
    computed_.clear();
    return *this;
}

void HeadAttentionCache::keep(int head, std::shared_ptr<const HeadAttention> attention) {
    if (int(kept_.size()) <= head) kept_.resize(std::size_t(head) + 1);
    kept_[std::size_t(head)] = std::move(attention);
}

std::shared_ptr<const HeadAttention> HeadAttentionCache::find(int head) const {
    if (head < int(kept_.size()) && kept_[std::size_t(head)]) return kept_[std::size_t(head)];
    const std::lock_guard lock(mutex_);
    return head < int(computed_.size()) ? computed_[std::size_t(head)].lock() : nullptr;
}

std::shared_ptr<const HeadAttention>
HeadAttentionCache::remember(int head, std::shared_ptr<const HeadAttention> attention) const {
    const std::lock_guard lock(mutex_);
    if (int(computed_.size()) <= head) computed_.resize(std::size_t(head) + 1);
    std::weak_ptr<const HeadAttention>& slot = computed_[std::size_t(head)];
    if (auto earlier = slot.lock()) return earlier;
    slot = attention;
    return attention;
}

} // namespace al
