<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>MaskNotice</name>
    <message numerus="yes">
        <source>directed graph (%n edge(s))</source>
        <translation>
            <numerusform>directed graph (%n edge)</numerusform>
            <numerusform>directed graph (%n edges)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>graph (%n edge(s))</source>
        <translation>
            <numerusform>graph (%n edge)</numerusform>
            <numerusform>graph (%n edges)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) switched off</source>
        <translation>
            <numerusform>%n cell switched off</numerusform>
            <numerusform>%n cells switched off</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>al::EncoderDecoderLesson</name>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;Teacher forcing&lt;/b&gt; (note 004, train): the decoder reads &amp;lt;bos&amp;gt; and the typed target, the true tokens, all at once — %n row(s) in one pass, every row&apos;s prediction scored against the true next token at the same time, in parallel.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;Teacher forcing&lt;/b&gt; (note 004, train): the decoder reads &amp;lt;bos&amp;gt; and the typed target, the true tokens, all at once — %n row in one pass, every row&apos;s prediction scored against the true next token at the same time, in parallel.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;Teacher forcing&lt;/b&gt; (note 004, train): the decoder reads &amp;lt;bos&amp;gt; and the typed target, the true tokens, all at once — %n rows in one pass, every row&apos;s prediction scored against the true next token at the same time, in parallel.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;Generation&lt;/b&gt; (自回归 autoregressive): it reads its own outputs, one more in each of its %n pass(es). Where the target and its own output part, the rows after read different tokens and may predict differently.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;Generation&lt;/b&gt; (自回归 autoregressive): it reads its own outputs, one more in each of its %n pass. Where the target and its own output part, the rows after read different tokens and may predict differently.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;Generation&lt;/b&gt; (自回归 autoregressive): it reads its own outputs, one more in each of its %n passes. Where the target and its own output part, the rows after read different tokens and may predict differently.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;Generation (自回归 autoregressive) took %n pass(es), one per token; the first map is the single pass over what it generated, as teacher forcing would read it.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Generation (自回归 autoregressive) took %n pass, one per token; the first map is the single pass over what it generated, as teacher forcing would read it.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Generation (自回归 autoregressive) took %n passes, one per token; the first map is the single pass over what it generated, as teacher forcing would read it.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;Generation starts from &amp;lt;bos&amp;gt; alone, and each pass reads one token more. Pass %1 of %2 reads [%3] — %n row(s) — and its last row&apos;s most probable token is ŷ&lt;sub&gt;%1&lt;/sub&gt; = %4 (p = %5).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Generation starts from &amp;lt;bos&amp;gt; alone, and each pass reads one token more. Pass %1 of %2 reads [%3] — %n row — and its last row&apos;s most probable token is ŷ&lt;sub&gt;%1&lt;/sub&gt; = %4 (p = %5).&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Generation starts from &amp;lt;bos&amp;gt; alone, and each pass reads one token more. Pass %1 of %2 reads [%3] — %n rows — and its last row&apos;s most probable token is ŷ&lt;sub&gt;%1&lt;/sub&gt; = %4 (p = %5).&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;It stopped when it chose &amp;lt;eos&amp;gt;, after %n pass(es).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;It stopped when it chose &amp;lt;eos&amp;gt;, after %n pass.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;It stopped when it chose &amp;lt;eos&amp;gt;, after %n passes.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>编码器 encoder&lt;br&gt;%n layer(s)</source>
        <translation>
            <numerusform>编码器 encoder&lt;br&gt;%n layer</numerusform>
            <numerusform>编码器 encoder&lt;br&gt;%n layers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;The 编码器 encoder reads the whole input at once, with no mask: every input token may attend to every other. What comes out of its %n layer(s)%1 is one vector of d = %2 numbers per input token — the &lt;b&gt;memory&lt;/b&gt;, %3 × %2 here. It is computed once and read by every layer of the 解码器 decoder.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;The 编码器 encoder reads the whole input at once, with no mask: every input token may attend to every other. What comes out of its %n layer%1 is one vector of d = %2 numbers per input token — the &lt;b&gt;memory&lt;/b&gt;, %3 × %2 here. It is computed once and read by every layer of the 解码器 decoder.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;The 编码器 encoder reads the whole input at once, with no mask: every input token may attend to every other. What comes out of its %n layers%1 is one vector of d = %2 numbers per input token — the &lt;b&gt;memory&lt;/b&gt;, %3 × %2 here. It is computed once and read by every layer of the 解码器 decoder.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;Row %1 (%2) attends to the %n key(s) up to itself: α′ = %3.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Row %1 (%2) attends to the %n key up to itself: α′ = %3.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Row %1 (%2) attends to the %n keys up to itself: α′ = %3.&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>al::MaskComposer</name>
    <message numerus="yes">
        <source>%n cell(s) switched off by clicking M.</source>
        <translation>
            <numerusform>%n cell switched off by clicking M.</numerusform>
            <numerusform>%n cells switched off by clicking M.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>al::MasksLesson</name>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n query(s) may attend to no key at all&lt;/b&gt; (marked ✕): their α′ row is 0 and their output b is the zero vector — never NaN.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n query may attend to no key at all&lt;/b&gt; (marked ✕): its α′ row is 0 and its output b is the zero vector — never NaN.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n queries may attend to no key at all&lt;/b&gt; (marked ✕): their α′ row is 0 and their output b is the zero vector — never NaN.&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>al::MultiHeadLesson</name>
    <message numerus="yes">
        <source>&lt;p&gt;Each head scores its own q segments against its own k segments and normalises on its own: %n different attention pattern(s) over the same tokens, one for each kind of “relevance” the heads learned.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Each head scores its own q segments against its own k segments and normalises on its own: with %n head there is one attention pattern over the tokens, the “relevance” this head learned.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Each head scores its own q segments against its own k segments and normalises on its own: %n different attention patterns over the same tokens, one for each kind of “relevance” the heads learned.&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>al::TrainingControls</name>
    <message numerus="yes">
        <source>Trained in AttentionLab&apos;s lesson “Watch attention learn”: %n steps on %1; it gets %2 of the training set right.</source>
        <translation>
            <numerusform>Trained in AttentionLab&apos;s lesson “Watch attention learn”: %n step on %1; it gets %2 of the training set right.</numerusform>
            <numerusform>Trained in AttentionLab&apos;s lesson “Watch attention learn”: %n steps on %1; it gets %2 of the training set right.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>al::TrainingLesson</name>
    <message numerus="yes">
        <source>In the training set, %n word(s) carry more than one label: %1. A network that looks at each word alone, knowing only its position, must give such a word the same label at the same position, so ignoring context can reach at most %2 of the training set&apos;s positions (each word at each position given its most frequent label).</source>
        <translation>
            <numerusform>In the training set, %n word carries more than one label: %1. A network that looks at each word alone, knowing only its position, must give such a word the same label at the same position, so ignoring context can reach at most %2 of the training set&apos;s positions (each word at each position given its most frequent label).</numerusform>
            <numerusform>In the training set, %n words carry more than one label: %1. A network that looks at each word alone, knowing only its position, must give such a word the same label at the same position, so ignoring context can reach at most %2 of the training set&apos;s positions (each word at each position given its most frequent label).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In the training set, %n word(s) carry more than one label: %1. A network that looks at each word alone must give such a word the same label wherever it stands, so ignoring context can reach at most %2 of the training set&apos;s positions (each word always given its most frequent label).</source>
        <translation>
            <numerusform>In the training set, %n word carries more than one label: %1. A network that looks at each word alone must give such a word the same label wherever it stands, so ignoring context can reach at most %2 of the training set&apos;s positions (each word always given its most frequent label).</numerusform>
            <numerusform>In the training set, %n words carry more than one label: %1. A network that looks at each word alone must give such a word the same label wherever it stands, so ignoring context can reach at most %2 of the training set&apos;s positions (each word always given its most frequent label).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Here L is the loss of the example shown alone, the mean over its %n predicted positions: L = %1, with the weights of step %2. Training moves each weight against its gradient — W ← W − η ∂L/∂W for SGD; Adam scales each entry by the history of its own gradients — so the red entries (∂L/∂W &gt; 0) go down and the blue ones up.</source>
        <translation>
            <numerusform>Here L is the loss of the example shown alone, over its one predicted position: L = %1, with the weights of step %2. Training moves each weight against its gradient — W ← W − η ∂L/∂W for SGD; Adam scales each entry by the history of its own gradients — so the red entries (∂L/∂W &gt; 0) go down and the blue ones up.</numerusform>
            <numerusform>Here L is the loss of the example shown alone, the mean over its %n predicted positions: L = %1, with the weights of step %2. Training moves each weight against its gradient — W ← W − η ∂L/∂W for SGD; Adam scales each entry by the history of its own gradients — so the red entries (∂L/∂W &gt; 0) go down and the blue ones up.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The timeline keeps the weights at step 0 and at regular steps after it (%n kept; when there are too many, every other one is let go, so memory stays bounded however long training runs). Drag it back to see any of them; at its right end it follows training.</source>
        <translation>
            <numerusform>The timeline keeps the weights at step 0 and at regular steps after it (%n kept; when there are too many, every other one is let go, so memory stays bounded however long training runs). Drag it back to see any of them; at its right end it follows training.</numerusform>
            <numerusform>The timeline keeps the weights at step 0 and at regular steps after it (%n kept; when there are too many, every other one is let go, so memory stays bounded however long training runs). Drag it back to see any of them; at its right end it follows training.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>al::TrainingText</name>
    <message numerus="yes">
        <source>At step %1 the model still gets %n of the %2 training examples wrong:</source>
        <translation>
            <numerusform>At step %1 the model still gets %n of the %2 training examples wrong:</numerusform>
            <numerusform>At step %1 the model still gets %n of the %2 training examples wrong:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Step &lt;b&gt;%1&lt;/b&gt; of training on &lt;i&gt;%2&lt;/i&gt; (%n training examples; batch %3, %4).</source>
        <translation>
            <numerusform>Step &lt;b&gt;%1&lt;/b&gt; of training on &lt;i&gt;%2&lt;/i&gt; (%n training example; batch %3, %4).</numerusform>
            <numerusform>Step &lt;b&gt;%1&lt;/b&gt; of training on &lt;i&gt;%2&lt;/i&gt; (%n training examples; batch %3, %4).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>al::TransformerBlockLesson</name>
    <message numerus="yes">
        <source>&lt;p&gt;The encoder is a stack of %n block(s), each the same computation with its own weights: the output of one layer is the input x of the next.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;The encoder is a stack of %n block: the same computation with its own weights, its output the encoder&apos;s.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;The encoder is a stack of %n blocks, each the same computation with its own weights: the output of one layer is the input x of the next.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;Labels as trained (%1): %2. With the same weights read %3: %4 — %n label(s) changed. p(%5) at %6: %7 as trained, %8 read the other way.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Labels as trained (%1): %2. With the same weights read %3: %4 — %n label changed. p(%5) at %6: %7 as trained, %8 read the other way.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Labels as trained (%1): %2. With the same weights read %3: %4 — %n labels changed. p(%5) at %6: %7 as trained, %8 read the other way.&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>al::TransformerControls</name>
    <message numerus="yes">
        <source>%n token(s) known</source>
        <translation>
            <numerusform>%n token known</numerusform>
            <numerusform>%n tokens known</numerusform>
        </translation>
    </message>
</context>
</TS>
