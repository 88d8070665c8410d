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
</TS>
