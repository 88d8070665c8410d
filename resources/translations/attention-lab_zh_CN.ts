<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CommandLine</name>
    <message>
        <source>show this help</source>
        <translation>显示本帮助</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>显示版本</translation>
    </message>
    <message>
        <source>the interface's language: en or zh_CN (default: the saved choice, else the system's)</source>
        <translation>界面语言：en 或 zh_CN（默认：保存的选择，否则跟随系统）</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>the command's arguments and options</source>
        <translation>该命令的参数和选项</translation>
    </message>
    <message>
        <source>this help; the version</source>
        <translation>本帮助；版本</translation>
    </message>
    <message>
        <source>Any command takes --lang CODE: the interface's language (en, zh_CN; default: the saved
choice, else the system's).</source>
        <translation>任何命令都接受 --lang CODE：界面语言（en、zh_CN；默认：保存的选择，
否则跟随系统）。</translation>
    </message>
    <message>
        <source>SAMPLE is an attention-lab/sample@1 JSON file; TRACE an attention-lab/trace@1 file.</source>
        <translation>SAMPLE 是 attention-lab/sample@1 JSON 文件；TRACE 是 attention-lab/trace@1 文件。</translation>
    </message>
    <message>
        <source>Exit status: 0 done, 2 bad input or arguments, 1 any other failure.</source>
        <translation>退出状态：0 完成，2 输入或参数有误，1 其他失败。</translation>
    </message>
    <message>
        <source>open the app (on the lecture's sample when none is given)</source>
        <translation>打开应用（未给出样例时打开讲义的样例）</translation>
    </message>
    <message>
        <source>write every plot and page of every step of every lesson</source>
        <translation>写出每一课每一步的每张图和整页</translation>
    </message>
    <message>
        <source>the folder to write into (made when missing)</source>
        <translation>写入的文件夹（不存在时创建）</translation>
    </message>
    <message>
        <source>the files' format (default: png)</source>
        <translation>文件格式（默认：png）</translation>
    </message>
    <message>
        <source>PNG pixels per point, from 0.25 to 8 (default: 1)</source>
        <translation>PNG 每点的像素数，0.25 到 8（默认：1）</translation>
    </message>
    <message>
        <source>render the window as a user would see it</source>
        <translation>按用户所见绘制窗口</translation>
    </message>
    <message>
        <source>the picture to write</source>
        <translation>要写出的图片</translation>
    </message>
    <message>
        <source>the lesson to show (default: the first)</source>
        <translation>要显示的课程（默认：第一课）</translation>
    </message>
    <message>
        <source>the lesson's step (default: 1)</source>
        <translation>课程的步骤（默认：1）</translation>
    </message>
    <message>
        <source>the query token (default: 1)</source>
        <translation>查询词元（默认：1）</translation>
    </message>
    <message>
        <source>the presentation mode, as a projector shows it</source>
        <translation>演示模式，即投影仪上显示的样子</translation>
    </message>
    <message>
        <source>convolution and the K² attention heads that equal it</source>
        <translation>卷积，以及与之相等的 K² 个注意力头</translation>
    </message>
    <message>
        <source>Writes attention-lab/conv@1 (standard output without -o).</source>
        <translation>写出 attention-lab/conv@1（不带 -o 时写到标准输出）。</translation>
    </message>
    <message>
        <source>a PGM or PNG image, reduced to at most 64 × 64</source>
        <translation>一张 PGM 或 PNG 图像，缩小到至多 64 × 64</translation>
    </message>
    <message>
        <source>the kernel: {"kernel": [[…], …]}, odd K ≤ 9 (required)</source>
        <translation>卷积核：{"kernel": [[…], …]}，K 为奇数且 ≤ 9（必需）</translation>
    </message>
    <message>
        <source>how sharply each head picks its pixel (default: 50)</source>
        <translation>每个头选取其像素的锐利程度（默认：50）</translation>
    </message>
    <message>
        <source>the file to write (standard output without it)</source>
        <translation>要写出的文件（不给时写到标准输出）</translation>
    </message>
    <message>
        <source>Every command but the window needs no display.</source>
        <translation>除窗口外，每个命令都不需要显示器。</translation>
    </message>
    <message>
        <source>write the trace of a sample, or of one pass through a model</source>
        <translation>写出样例的计算轨迹，或模型一次前向计算的轨迹</translation>
    </message>
    <message>
        <source>A sample gives attention-lab/trace@1. A transformer@1 model reads --input (tokens separated by spaces) and gives attention-lab/transformer-trace@1; seq2seq and language_model models generate greedily without --target.</source>
        <translation>样例给出 attention-lab/trace@1。transformer@1 模型读取 --input（以空格分隔的词元），给出 attention-lab/transformer-trace@1；没有 --target 时，seq2seq 和 language_model 模型贪心地逐个生成。</translation>
    </message>
    <message>
        <source>an attention-lab/sample@1 or attention-lab/transformer@1 JSON file</source>
        <translation>attention-lab/sample@1 或 attention-lab/transformer@1 JSON 文件</translation>
    </message>
    <message>
        <source>the trace file to write (standard output without it)</source>
        <translation>要写出的计算轨迹文件（不给则写到标准输出）</translation>
    </message>
    <message>
        <source>a model's input tokens, separated by spaces</source>
        <translation>模型的输入词元，以空格分隔</translation>
    </message>
    <message>
        <source>seq2seq: the output the decoder reads (teacher forcing); language_model: the text after the input</source>
        <translation>seq2seq：解码器读取的输出（teacher forcing）；language_model：接在输入之后的文本</translation>
    </message>
    <message>
        <source>train a model on a dataset and write it with its training record</source>
        <translation>在数据集上训练模型，并连同训练记录写出</translation>
    </message>
    <message>
        <source>Step s uses the training examples (s·B + b) mod M in file order. Adam with a weight decay is AdamW. Progress goes to standard error.</source>
        <translation>第 s 步按文件顺序使用训练样例 (s·B + b) mod M。带权重衰减的 Adam 即 AdamW。进度写到标准错误输出。</translation>
    </message>
    <message>
        <source>an attention-lab/transformer@1 JSON file</source>
        <translation>attention-lab/transformer@1 JSON 文件</translation>
    </message>
    <message>
        <source>an attention-lab/dataset@1 JSON file</source>
        <translation>attention-lab/dataset@1 JSON 文件</translation>
    </message>
    <message>
        <source>the trained model to write</source>
        <translation>要写出的训练后的模型</translation>
    </message>
    <message>
        <source>optimiser steps (default: 1000)</source>
        <translation>优化器步数（默认：1000）</translation>
    </message>
    <message>
        <source>examples per step (default: 16)</source>
        <translation>每步的样例数（默认：16）</translation>
    </message>
    <message>
        <source>the optimiser (default: adam)</source>
        <translation>优化器（默认：adam）</translation>
    </message>
    <message>
        <source>the learning rate (default: 0.001 for adam, 0.1 for sgd)</source>
        <translation>学习率（默认：adam 为 0.001，sgd 为 0.1）</translation>
    </message>
    <message>
        <source>sgd's momentum (default: 0)</source>
        <translation>sgd 的动量（默认：0）</translation>
    </message>
    <message>
        <source>the weight decay (default: 0)</source>
        <translation>权重衰减（默认：0）</translation>
    </message>
    <message>
        <source>initialise the weights the model file does not give from K (default: its seed)</source>
        <translation>用 K 初始化模型文件未给出的权重（默认：文件自己的种子）</translation>
    </message>
    <message>
        <source>the loss and accuracy of a model on a dataset, as JSON</source>
        <translation>模型在数据集上的损失和准确率，以 JSON 给出</translation>
    </message>
    <message>
        <source>Writes {"train": {"loss": L, "accuracy": A, …}, "test": {…}} to standard output: the token-weighted mean cross-entropy and the task's accuracy.</source>
        <translation>向标准输出写出 {"train": {"loss": L, "accuracy": A, …}, "test": {…}}：按词元加权的平均交叉熵，以及该任务的准确率。</translation>
    </message>
    <message>
        <source>A transformer@1 model opens in the Transformer lesson of its task.</source>
        <translation>transformer@1 模型在其任务对应的 Transformer 课程中打开。</translation>
    </message>
    <message>
        <source>csv writes every heatmap's matrix instead; DIR/index.json lists every file. A transformer@1 model is shown in the Transformer lesson of its task (the other lessons show their bundled sample or model).</source>
        <translation>csv 改为写出每张热图的矩阵；DIR/index.json 列出每个文件。transformer@1 模型显示在其任务对应的 Transformer 课程中（其他课程显示各自内置的样例或模型）。</translation>
    </message>
    <message>
        <source>a Transformer lesson's input tokens, separated by spaces</source>
        <translation>Transformer 课程的输入词元，以空格分隔</translation>
    </message>
    <message>
        <source>the encoder–decoder lesson's target (teacher forcing)</source>
        <translation>编码器–解码器课程的目标序列（teacher forcing）</translation>
    </message>
    <message>
        <source>a Transformer lesson's layer (default: 1)</source>
        <translation>Transformer 课程显示的层（默认：1）</translation>
    </message>
    <message>
        <source>a Transformer lesson's head (default: 1)</source>
        <translation>Transformer 课程显示的头（默认：1）</translation>
    </message>
    <message>
        <source>a Transformer lesson's position (default: 1)</source>
        <translation>Transformer 课程显示的位置（默认：1）</translation>
    </message>
    <message>
        <source>a Transformer lesson's generation step (default: 1)</source>
        <translation>Transformer 课程显示的生成步（默认：1）</translation>
    </message>
    <message>
        <source>Lessons: vectors, walkthrough, matrix, multihead, positional, masks, scoring, convolution, transformer-block, encoder-decoder, gpt, classification, training; K, I, L, H, P and T count from 1, as on screen. A model opens in the Transformer lesson of its task; --input and the rest set that lesson's controls. The training lesson trains --train-steps steps on --dataset first.</source>
        <translation>课程：vectors、walkthrough、matrix、multihead、positional、masks、scoring、convolution、transformer-block、encoder-decoder、gpt、classification、training；K、I、L、H、P 和 T 与屏幕上一样从 1 开始计数。模型在其任务对应的 Transformer 课程中打开；--input 等选项设置该课程的控件。训练课程先在 --dataset 上训练 --train-steps 步。</translation>
    </message>
    <message>
        <source>the training lesson's dataset@1 file (default: I saw a saw)</source>
        <translation>训练课程的 dataset@1 文件（默认：I saw a saw）</translation>
    </message>
    <message>
        <source>the training lesson trains S steps before the picture (default: 0)</source>
        <translation>截图前训练课程先训练 S 步（默认：0）</translation>
    </message>
    <message>
        <source>how much each input moves each output, in an RNN and in self-attention</source>
        <translation>每个输入对每个输出的影响有多大：RNN 与自注意力</translation>
    </message>
    <message>
        <source>Writes attention-lab/influence@1: ‖∂out_t/∂a_s‖_F for the Elman RNN (the sample's "rnn" block, or weights from its seed) and for the sample's self-attention, exact. At most 512 tokens.</source>
        <translation>写出 attention-lab/influence@1：Elman RNN（样例的 "rnn" 块，或由其种子生成的权重）与样例自注意力的 ‖∂out_t/∂a_s‖_F，精确值。最多 512 个词元。</translation>
    </message>
    <message>
        <source>an attention-lab/sample@1 JSON file</source>
        <translation>attention-lab/sample@1 JSON 文件</translation>
    </message>
</context>
<context>
    <name>KernelTitles</name>
    <message>
        <source>box blur 3 × 3</source>
        <translation>3 × 3 均值模糊</translation>
    </message>
    <message>
        <source>box blur 5 × 5</source>
        <translation>5 × 5 均值模糊</translation>
    </message>
    <message>
        <source>edges (Laplacian)</source>
        <translation>边缘（拉普拉斯）</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>恒等</translation>
    </message>
    <message>
        <source>Sobel, horizontal gradient</source>
        <translation>Sobel，水平梯度</translation>
    </message>
    <message>
        <source>Sobel, vertical gradient</source>
        <translation>Sobel，垂直梯度</translation>
    </message>
</context>
<context>
    <name>MaskNotice</name>
    <message>
        <source>causal</source>
        <translation>因果</translation>
    </message>
    <message>
        <source>padding (valid length %1)</source>
        <translation>填充（有效长度 %1）</translation>
    </message>
    <message>
        <source>window (radius %1)</source>
        <translation>窗口（半径 %1）</translation>
    </message>
    <message numerus="yes">
        <source>directed graph (%n edge(s))</source>
        <translation>
            <numerusform>有向图（%n 条边）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>graph (%n edge(s))</source>
        <translation>
            <numerusform>图（%n 条边）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) switched off</source>
        <translation>
            <numerusform>关闭了 %n 个格子</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>&lt;p style="color:#7a4a00"&gt;&lt;b&gt;Masks on: %1.&lt;/b&gt; They forbid some query–key pairs (%2 of %3 allowed), whose weights α′ are 0 in these pictures. Change them in the Masks lesson.&lt;/p&gt;</source>
        <translation>&lt;p style="color:#7a4a00"&gt;&lt;b&gt;已打开的掩码：%1。&lt;/b&gt;它们禁止了一些查询–键对（%3 对中允许 %2 对），这些对在本页图中的权重 α′ 为 0。可在“掩码”一课中修改。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1和%2</translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <source>PGM header: %1 is missing or not a number</source>
        <translation>PGM 文件头：%1 缺失或不是数字</translation>
    </message>
    <message>
        <source>not a PGM image (it must start with P2 or P5)</source>
        <translation>不是 PGM 图像（必须以 P2 或 P5 开头）</translation>
    </message>
    <message>
        <source>the width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <source>the height</source>
        <translation>高度</translation>
    </message>
    <message>
        <source>the maximum value</source>
        <translation>最大值</translation>
    </message>
    <message>
        <source>PGM size %1 × %2 is outside 1 … 16384 per side</source>
        <translation>PGM 尺寸 %1 × %2 超出每边 1 … 16384 的范围</translation>
    </message>
    <message>
        <source>PGM maximum value must be from 1 to 65535</source>
        <translation>PGM 最大值必须在 1 到 65535 之间</translation>
    </message>
    <message>
        <source>PGM pixel data is shorter than %1 × %2 pixels</source>
        <translation>PGM 像素数据不足 %1 × %2 个像素</translation>
    </message>
    <message>
        <source>a pixel exceeds the maximum value</source>
        <translation>有像素超过了最大值</translation>
    </message>
    <message>
        <source>pixel %1 exceeds the maximum value</source>
        <translation>第 %1 个像素超过了最大值</translation>
    </message>
    <message>
        <source>image</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>expected K rows with K odd, from 1 to %1, got %2</source>
        <translation>应为 K 行，K 为 1 到 %1 之间的奇数，实际为 %2</translation>
    </message>
    <message>
        <source>kernel</source>
        <translation>卷积核</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>没有这个文件</translation>
    </message>
    <message>
        <source>is a directory, not a %1 file</source>
        <translation>是一个文件夹，而不是%1文件</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>file is %1 MiB; %2 files are limited to %3 MiB</source>
        <translation>文件大小为 %1 MiB；%2文件最大为 %3 MiB</translation>
    </message>
    <message>
        <source>cannot be read (permission denied?)</source>
        <translation>无法读取（没有权限？）</translation>
    </message>
    <message>
        <source>reading failed</source>
        <translation>读取失败</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>一个对象</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>一个数组</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>一个字符串</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>一个布尔值</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>二进制数据</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>空</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>一个数</translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation>应为对象，实际为%1</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>缺少必需的字段</translation>
    </message>
    <message>
        <source>unknown field (expected one of: %1)</source>
        <translation>未知字段（应为以下之一：%1）</translation>
    </message>
    <message>
        <source>expected an array, got %1</source>
        <translation>应为数组，实际为%1</translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation>应为字符串，实际为%1</translation>
    </message>
    <message>
        <source>expected a number, got %1</source>
        <translation>应为数，实际为%1</translation>
    </message>
    <message>
        <source>number is outside the range of a double</source>
        <translation>数超出了双精度浮点数的范围</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2, got %3</source>
        <translation>应为 %1 到 %2 之间的整数，实际为 %3</translation>
    </message>
    <message>
        <source>expected a whole number from 0 to 18446744073709551615, got %1</source>
        <translation>应为 0 到 18446744073709551615 之间的整数，实际为 %1</translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation>应为 true 或 false，实际为%1</translation>
    </message>
    <message>
        <source>expected %1 rows, got %2</source>
        <translation>应为 %1 行，实际为 %2 行</translation>
    </message>
    <message>
        <source>expected at least one row, got an empty array</source>
        <translation>应至少有一行，实际为空数组</translation>
    </message>
    <message>
        <source>expected at least one number, got an empty array</source>
        <translation>应至少有一个数，实际为空数组</translation>
    </message>
    <message>
        <source>expected %1 numbers, got %2</source>
        <translation>应为 %1 个数，实际为 %2 个</translation>
    </message>
    <message>
        <source>expected a pair [from, to] of token indices, got %1 entries</source>
        <translation>应为一对词元下标 [from, to]，实际有 %1 项</translation>
    </message>
    <message>
        <source>expected %1 rows (N×N), got %2</source>
        <translation>应为 %1 行（N×N），实际为 %2 行</translation>
    </message>
    <message>
        <source>expected %1 entries, got %2</source>
        <translation>应为 %1 项，实际为 %2 项</translation>
    </message>
    <message>
        <source>expected 0 or 1, got %1</source>
        <translation>应为 0 或 1，实际为 %1</translation>
    </message>
    <message>
        <source>unknown mask kind "%1" (expected one of: causal, padding, window, graph, custom)</source>
        <translation>未知的掩码类型“%1”（应为以下之一：causal、padding、window、graph、custom）</translation>
    </message>
    <message>
        <source>the valid length must be from 1 to %1</source>
        <translation>有效长度必须在 1 到 %1 之间</translation>
    </message>
    <message>
        <source>the window radius must be 0 or more</source>
        <translation>窗口半径必须不小于 0</translation>
    </message>
    <message>
        <source>an edge joins a token outside 0 … %1</source>
        <translation>有一条边连到了 0 … %1 之外的词元</translation>
    </message>
    <message>
        <source>the matrix must be %1×%1</source>
        <translation>矩阵必须是 %1×%1</translation>
    </message>
    <message>
        <source>the matrix may hold only 0 and 1</source>
        <translation>矩阵中只能有 0 和 1</translation>
    </message>
    <message>
        <source>unknown value "%1" (expected one of: %2)</source>
        <translation>未知的值“%1”（应为以下之一：%2）</translation>
    </message>
    <message>
        <source>%1 would be %2; the limit is %3</source>
        <translation>%1 将是 %2；上限为 %3</translation>
    </message>
    <message>
        <source>%1 heads over %2 tokens would need heads·N² = %3 attention cells per matrix; the limit is %4</source>
        <translation>%1 个头、%2 个词元需要每个矩阵 heads·N² = %3 个注意力格子；上限为 %4</translation>
    </message>
    <message>
        <source>required because heads (%1) does not divide d_model (%2)</source>
        <translation>必须给出，因为头数（%1）不能整除 d_model（%2）</translation>
    </message>
    <message>
        <source>the temperature must be greater than 0</source>
        <translation>温度必须大于 0</translation>
    </message>
    <message>
        <source>vectors are given only with "kind": "learned"</source>
        <translation>只有 "kind": "learned" 时才能给出 vectors</translation>
    </message>
    <message>
        <source>given, but the output projection is off ("output_projection": false, the default with one head)</source>
        <translation>给出了，但输出投影是关闭的（"output_projection": false，单头时的默认值）</translation>
    </message>
    <message>
        <source>given, but w_a is used only with "scoring": "additive"</source>
        <translation>给出了，但 w_a 只在 "scoring": "additive" 时使用</translation>
    </message>
    <message>
        <source>%1 must be from %2 to %3</source>
        <translation>%1 必须在 %2 到 %3 之间</translation>
    </message>
    <message>
        <source>heads · d_k and heads · d_v must be at most %1</source>
        <translation>heads · d_k 和 heads · d_v 不能超过 %1</translation>
    </message>
    <message>
        <source>heads · N² must be at most %1</source>
        <translation>heads · N² 不能超过 %1</translation>
    </message>
    <message>
        <source>the file is empty; expected a JSON object</source>
        <translation>文件是空的；应为一个 JSON 对象</translation>
    </message>
    <message>
        <source>this key appears twice in the same object</source>
        <translation>这个键在同一个对象里出现了两次</translation>
    </message>
    <message>
        <source>UTF-16 text; save the file as UTF-8</source>
        <translation>这是 UTF-16 文本；请把文件存为 UTF-8</translation>
    </message>
    <message>
        <source>binary data (a zero byte at offset %1), not JSON text</source>
        <translation>二进制数据（偏移 %1 处有零字节），不是 JSON 文本</translation>
    </message>
    <message>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation>第 %1 行第 %2 列不是有效的 JSON：%3</translation>
    </message>
    <message>
        <source>expected at least one token, got an empty array</source>
        <translation>应至少有一个词元，实际为空数组</translation>
    </message>
    <message>
        <source>%1 tokens; the limit is %2</source>
        <translation>%1 个词元；上限为 %2</translation>
    </message>
    <message>
        <source>token label is %1 bytes; the limit is %2</source>
        <translation>词元标签有 %1 字节；上限为 %2</translation>
    </message>
    <message>
        <source>expected %1 rows (one per token), got %2</source>
        <translation>应为 %1 行（每个词元一行），实际为 %2 行</translation>
    </message>
    <message>
        <source>d_model would be %1; the limit is %2</source>
        <translation>d_model 将是 %1；上限为 %2</translation>
    </message>
    <message>
        <source>expected a lesson id such as "walkthrough"</source>
        <translation>应为课程的 id，例如 "walkthrough"</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level, got %1</source>
        <translation>顶层应为 JSON 对象，实际为%1</translation>
    </message>
    <message>
        <source>expected "%1", got "%2"</source>
        <translation>应为 "%1"，实际为 "%2"</translation>
    </message>
    <message>
        <source>the title is empty</source>
        <translation>标题是空的</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>样例</translation>
    </message>
    <message>
        <source>not an image this app can read (PGM, PNG, JPEG, BMP …)</source>
        <translation>不是本程序能读取的图像（PGM、PNG、JPEG、BMP …）</translation>
    </message>
    <message>
        <source>the image is larger than 16384 pixels a side</source>
        <translation>图像的边长超过 16384 像素</translation>
    </message>
    <message>
        <source>%1 generated from seed %2 (%3 × %4)</source>
        <translation>%1 由种子 %2 生成（%3 × %4）</translation>
    </message>
    <message>
        <source>%1 generated from seed %2: its shape changed to %3 × %4</source>
        <translation>%1 由种子 %2 重新生成：它的形状变成了 %3 × %4</translation>
    </message>
    <message>
        <source>%1: rows %2 generated from seed %3 (now %4 × %5), rows %6 kept</source>
        <translation>%1：第 %2 行由种子 %3 生成（现在是 %4 × %5），第 %6 行保留</translation>
    </message>
    <message>
        <source>%1: rows %2 kept, rows %3 dropped (now %4 × %5)</source>
        <translation>%1：第 %2 行保留，第 %3 行去掉（现在是 %4 × %5）</translation>
    </message>
    <message>
        <source>%1: columns %2 generated from seed %3 (now %4 × %5), columns %6 kept</source>
        <translation>%1：第 %2 列由种子 %3 生成（现在是 %4 × %5），第 %6 列保留</translation>
    </message>
    <message>
        <source>%1: columns %2 kept, columns %3 dropped (now %4 × %5)</source>
        <translation>%1：第 %2 列保留，第 %3 列去掉（现在是 %4 × %5）</translation>
    </message>
    <message>
        <source>every weight generated from seed %1</source>
        <translation>所有权重都由种子 %1 生成</translation>
    </message>
    <message>
        <source>the learned positions</source>
        <translation>学习得到的位置向量</translation>
    </message>
    <message>
        <source>every weight kept: q and k split into %1 heads of %2 entries, v into heads of %3</source>
        <translation>所有权重都保留：q 和 k 分成 %1 个头，每个头 %2 个分量，v 每个头 %3 个分量</translation>
    </message>
    <message>
        <source>a token needs some text</source>
        <translation>词元不能为空</translation>
    </message>
    <message>
        <source>“%1” takes the vector of token %2, the same word</source>
        <translation>“%1”取词元 %2 的向量：是同一个词</translation>
    </message>
    <message>
        <source>the vector of “%1” is generated from seed %2 and its text</source>
        <translation>“%1”的向量由种子 %2 和它的文字生成</translation>
    </message>
    <message>
        <source>the padding mask's valid length is now %1</source>
        <translation>填充掩码的有效长度现在是 %1</translation>
    </message>
    <message>
        <source>“%1” is past the valid length %2: the padding mask treats it as padding</source>
        <translation>“%1”在有效长度 %2 之后：填充掩码把它当作填充</translation>
    </message>
    <message>
        <source>“%1” has no edges in the graph mask yet: it attends to itself only</source>
        <translation>“%1”在图掩码中还没有边：它只关注自己</translation>
    </message>
    <message>
        <source>the padding mask is removed: no valid token is left</source>
        <translation>填充掩码已去掉：没有剩下有效的词元</translation>
    </message>
    <message>
        <source>edges of “%1” removed from the graph mask: %2</source>
        <translation>图掩码中去掉了“%1”的边：%2 条</translation>
    </message>
    <message>
        <source>no place %1 in the sentence</source>
        <translation>句子中没有第 %1 个位置</translation>
    </message>
    <message>
        <source>no token %1 in the sentence</source>
        <translation>句子中没有第 %1 个词元</translation>
    </message>
    <message>
        <source>a sentence needs at least one token</source>
        <translation>句子至少要有一个词元</translation>
    </message>
    <message>
        <source>false (the feed-forward-only baseline) is only for the encoder tasks labelling and classification; a %1 model's decoder needs attention</source>
        <translation>false（只有前馈网络的基线）只用于编码器任务 labelling 和 classification；%1 模型的解码器需要注意力</translation>
    </message>
    <message>
        <source>heads (%1) must divide d_model (%2)</source>
        <translation>heads（%1）必须整除 d_model（%2）</translation>
    </message>
    <message>
        <source>a language_model example has no target: the input is the text it learns to continue</source>
        <translation>language_model 的样例没有 target：输入就是它学着续写的文本</translation>
    </message>
    <message>
        <source>expected one label (a string), got %1</source>
        <translation>应为一个标签（字符串），实际为 %1</translation>
    </message>
    <message>
        <source>expected one label per input token (%1), got %2</source>
        <translation>应为每个输入词元一个标签（%1 个），实际为 %2 个</translation>
    </message>
    <message>
        <source>expected at least one example, got an empty array</source>
        <translation>应至少有一个样例，实际为空数组</translation>
    </message>
    <message>
        <source>%1 examples; the limit is %2</source>
        <translation>%1 个样例；上限为 %2</translation>
    </message>
    <message>
        <source>dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>"%1" is not in the model's vocabulary</source>
        <translation>“%1”不在模型的词表中</translation>
    </message>
    <message>
        <source>"%1" is not one of the outputs</source>
        <translation>“%1”不是输出之一</translation>
    </message>
    <message>
        <source>the dataset's task is %1, but the model's is %2</source>
        <translation>数据集的任务是 %1，而模型的任务是 %2</translation>
    </message>
    <message>
        <source>the file holds more than %1 JSON values; that is the limit</source>
        <translation>文件中的 JSON 值超过 %1 个；这是上限</translation>
    </message>
    <message>
        <source>no tokens; expected at least one</source>
        <translation>没有词元；应至少有一个</translation>
    </message>
    <message>
        <source>%1 tokens; the model reads at most max_length = %2</source>
        <translation>%1 个词元；模型最多读取 max_length = %2 个</translation>
    </message>
    <message>
        <source>1 token; a language model learns from at least 2 (each token predicts the next)</source>
        <translation>1 个词元；语言模型至少需要 2 个才能学习（每个词元预测下一个）</translation>
    </message>
    <message>
        <source>%1 tokens; the decoder reads &lt;bos&gt; and them, %2 in all, and the model reads at most max_length = %3</source>
        <translation>%1 个词元；解码器读取 &lt;bos&gt; 和它们，共 %2 个，而模型最多读取 max_length = %3 个</translation>
    </message>
    <message>
        <source>"%1" is added by the model; leave it out of the target</source>
        <translation>“%1”由模型添加；请从 target 中去掉它</translation>
    </message>
    <message>
        <source>"%1" (token %2, counting from 0) is not in the model's vocabulary</source>
        <translation>“%1”（第 %2 个词元，从 0 数起）不在模型的词表中</translation>
    </message>
    <message>
        <source>"%1" (token %2, counting from 0) is not one of the model's outputs</source>
        <translation>“%1”（第 %2 个词元，从 0 数起）不是模型的输出之一</translation>
    </message>
    <message>
        <source>a token is an empty string</source>
        <translation>词元是空字符串</translation>
    </message>
    <message>
        <source>"%1" is already %2[%3]; each token must be unique</source>
        <translation>“%1”已是 %2[%3]；每个词元必须唯一</translation>
    </message>
    <message>
        <source>expected a number ≥ 0, got %1</source>
        <translation>应为 ≥ 0 的数，实际为 %1</translation>
    </message>
    <message>
        <source>expected an accuracy from 0 to 1, got %1</source>
        <translation>应为 0 到 1 之间的准确率，实际为 %1</translation>
    </message>
    <message>
        <source>expected one entry per step (%1), got %2</source>
        <translation>应为每步一项（%1 项），实际为 %2 项</translation>
    </message>
    <message>
        <source>expected step %1 (steps in order from 1), got %2</source>
        <translation>应为第 %1 步（步数从 1 起依次排列），实际为 %2</translation>
    </message>
    <message>
        <source>a language_model has no outputs: it predicts the next token of its vocabulary</source>
        <translation>language_model 没有 outputs：它预测其词表中的下一个词元</translation>
    </message>
    <message>
        <source>a seq2seq model's outputs must hold "&lt;bos&gt;" and "&lt;eos&gt;"; "%1" is missing</source>
        <translation>seq2seq 模型的 outputs 必须包含“&lt;bos&gt;”和“&lt;eos&gt;”；缺少“%1”</translation>
    </message>
    <message>
        <source>this model would have %1 parameters; the limit is %2 (d_model, d_ff, the layers and the vocabularies set the count)</source>
        <translation>此模型将有 %1 个参数；上限为 %2（参数个数由 d_model、d_ff、层数和词表决定）</translation>
    </message>
    <message>
        <source>transformer model</source>
        <translation>Transformer 模型</translation>
    </message>
    <message>
        <source>an empty array</source>
        <translation>空数组</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>应为 %1，实际为 %2</translation>
    </message>
    <message>
        <source>this model has no tensor of that name (its %1 tensors are named as PyTorch's state dict, from "%2" to "%3")</source>
        <translation>此模型没有这个名字的张量（它的 %1 个张量按 PyTorch 的 state dict 命名，从“%2”到“%3”）</translation>
    </message>
    <message>
        <source>the loss is no longer a finite number at step %1 (it was %2 at the step before): training stopped with the weights of step %3; try a smaller learning rate</source>
        <translation>第 %1 步的损失不再是有限的数（上一步为 %2）：训练停止，保留第 %3 步的权重；请试试更小的学习率</translation>
    </message>
    <message>
        <source>a weight is no longer a finite number after step %1: training stopped with the weights of step %2; try a smaller learning rate</source>
        <translation>第 %1 步之后有权重不再是有限的数：训练停止，保留第 %2 步的权重；请试试更小的学习率</translation>
    </message>
    <message>
        <source>sample or model</source>
        <translation>样例或模型</translation>
    </message>
    <message>
        <source>%1 tokens; the influence is computed for at most %2</source>
        <translation>共 %1 个词元；影响力最多只对 %2 个词元计算</translation>
    </message>
</context>
<context>
    <name>Notation</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>sinusoidal</source>
        <translation>正弦</translation>
    </message>
    <message>
        <source>learned</source>
        <translation>学习得到的</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>head </source>
        <translation>头 </translation>
    </message>
    <message>
        <source>the picture could not be drawn</source>
        <translation>无法绘制图片</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG vector image (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 图片 (*.png);;SVG 矢量图 (*.svg);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Made with AttentionLab</source>
        <translation>由 AttentionLab 生成</translation>
    </message>
    <message>
        <source>a picture cannot be written as CSV</source>
        <translation>图片不能保存为 CSV</translation>
    </message>
    <message>
        <source>The lesson “%1” took too long to draw.</source>
        <translation>课程“%1”绘制时间过长。</translation>
    </message>
</context>
<context>
    <name>Walkthrough</name>
    <message>
        <source>… and so on for every key.</source>
        <translation>……其余每个键依此类推。</translation>
    </message>
    <message>
        <source>1. The inputs a¹ … aᴺ</source>
        <translation>1. 输入 a¹ … aᴺ</translation>
    </message>
    <message>
        <source>2. The query %1 = W^q %2</source>
        <translation>2. 查询 %1 = W^q %2</translation>
    </message>
    <message>
        <source>3. A key for every input: kʲ = W^k aʲ</source>
        <translation>3. 每个输入的键：kʲ = W^k aʲ</translation>
    </message>
    <message>
        <source>4. Scores %1 = %2 · kʲ</source>
        <translation>4. 注意力分数 %1 = %2 · kʲ</translation>
    </message>
    <message>
        <source>5. Normalise: %1 = softmax(%2)</source>
        <translation>5. 归一化：%1 = softmax(%2)</translation>
    </message>
    <message>
        <source>6. A value for every input: vʲ = W^v aʲ</source>
        <translation>6. 每个输入的值：vʲ = W^v aʲ</translation>
    </message>
    <message>
        <source>7. The output %1 = Σⱼ %2 vʲ</source>
        <translation>7. 输出 %1 = Σⱼ %2 vʲ</translation>
    </message>
    <message>
        <source>8. Every bⁱ at once</source>
        <translation>8. 一次得到所有 bⁱ</translation>
    </message>
    <message>
        <source> (Here each aⁱ already includes its positional vector eⁱ.)</source>
        <translation>（这里每个 aⁱ 已经加上了它的位置向量 eⁱ。）</translation>
    </message>
    <message>
        <source>&lt;p&gt;Self-attention takes a sequence of N = %1 vectors, each with d&lt;sub&gt;model&lt;/sub&gt; = %2 numbers, and turns every one into a new vector that has looked at all the others.%3&lt;/p&gt;&lt;p&gt;We follow one of them: %4 = %5 for the token %6. Click a row to follow another.&lt;/p&gt;</source>
        <translation>&lt;p&gt;自注意力接收一个由 N = %1 个向量组成的序列，每个向量有 d&lt;sub&gt;model&lt;/sub&gt; = %2 个数，并把每一个向量变成一个看过所有其他向量的新向量。%3&lt;/p&gt;&lt;p&gt;我们跟随其中一个：词元 %6 的 %4 = %5。点击某一行可以跟随另一个。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The query asks “what am I looking for?”. It is %1 = W&lt;sup&gt;q&lt;/sup&gt; %2: each entry is one row of W&lt;sup&gt;q&lt;/sup&gt; times %2.&lt;/p&gt;&lt;p&gt;%1 = %3&lt;/p&gt;&lt;p&gt;For example %1[1] = %4 = %5.&lt;/p&gt;</source>
        <translation>&lt;p&gt;查询回答“我在找什么？”。它是 %1 = W&lt;sup&gt;q&lt;/sup&gt; %2：每个分量是 W&lt;sup&gt;q&lt;/sup&gt; 的一行乘以 %2。&lt;/p&gt;&lt;p&gt;%1 = %3&lt;/p&gt;&lt;p&gt;例如 %1[1] = %4 = %5。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Every input also gets a key, “what do I offer?”: k&lt;sup&gt;j&lt;/sup&gt; = W&lt;sup&gt;k&lt;/sup&gt; a&lt;sup&gt;j&lt;/sup&gt; for j = 1 … %1. The same matrix W&lt;sup&gt;k&lt;/sup&gt; serves every input.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation>&lt;p&gt;每个输入还有一个键，表示“我能提供什么？”：k&lt;sup&gt;j&lt;/sup&gt; = W&lt;sup&gt;k&lt;/sup&gt; a&lt;sup&gt;j&lt;/sup&gt;，j = 1 … %1。所有输入共用同一个矩阵 W&lt;sup&gt;k&lt;/sup&gt;。&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source> Dividing by √d&lt;sub&gt;k&lt;/sub&gt; = √%1 keeps the scores from growing with the vectors' length.</source>
        <translation>除以 √d&lt;sub&gt;k&lt;/sub&gt; = √%1，使注意力分数不会随着向量长度增大而变大。</translation>
    </message>
    <message>
        <source>&lt;p&gt;How well does each key answer %1's question? α&lt;sub&gt;%2,j&lt;/sub&gt; = %3.%4&lt;/p&gt;&lt;p&gt;%5&lt;/p&gt;</source>
        <translation>&lt;p&gt;每个键在多大程度上回答了 %1 的问题？α&lt;sub&gt;%2,j&lt;/sub&gt; = %3。%4&lt;/p&gt;&lt;p&gt;%5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Σ w·tanh(q+k)</source>
        <translation>Σ w·tanh(q+k)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Instead of softmax this model uses ReLU: α′ = max(0, α), not normalised, so the weights need not add up to 1.&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;这个模型不用 softmax，而用 ReLU：α′ = max(0, α)，不做归一化，所以权重之和不一定是 1。&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The mask allows this query no key at all, so it attends to nothing: every α′ is 0 and %1 is the zero vector.&lt;/p&gt;</source>
        <translation>&lt;p&gt;掩码不允许这个查询关注任何键，所以它什么也不关注：每个 α′ 都是 0，%1 是零向量。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Softmax turns the scores into weights that are positive and add up to 1: α′&lt;sub&gt;%1,j&lt;/sub&gt; = exp(α&lt;sub&gt;%1,j&lt;/sub&gt;) / Σ exp(α). Subtracting the largest score μ = %2 first changes nothing in the result but keeps the exponentials from overflowing.&lt;/p&gt;&lt;p&gt;Σ exp(α − μ) = %3&lt;/p&gt;&lt;p&gt;%4&lt;/p&gt;</source>
        <translation>&lt;p&gt;Softmax 把注意力分数变成为正且和为 1 的权重：α′&lt;sub&gt;%1,j&lt;/sub&gt; = exp(α&lt;sub&gt;%1,j&lt;/sub&gt;) / Σ exp(α)。先减去最大的分数 μ = %2 不改变结果，但能防止指数溢出。&lt;/p&gt;&lt;p&gt;Σ exp(α − μ) = %3&lt;/p&gt;&lt;p&gt;%4&lt;/p&gt;</translation>
    </message>
    <message>
        <source> = 0 (masked)</source>
        <translation> = 0（被遮住）</translation>
    </message>
    <message>
        <source>&lt;p&gt;Every input also gets a value, “what I pass on”: v&lt;sup&gt;j&lt;/sup&gt; = W&lt;sup&gt;v&lt;/sup&gt; a&lt;sup&gt;j&lt;/sup&gt;. The values carry the information that will be mixed.&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;每个输入还有一个值，表示“我要传递的内容”：v&lt;sup&gt;j&lt;/sup&gt; = W&lt;sup&gt;v&lt;/sup&gt; a&lt;sup&gt;j&lt;/sup&gt;。值携带将被混合的信息。&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 is the weighted sum of all values, each weighted by how much %2 attends to it: %1 = Σ&lt;sub&gt;j&lt;/sub&gt; α′&lt;sub&gt;%3,j&lt;/sub&gt; v&lt;sup&gt;j&lt;/sup&gt;. The bars stack each term; the dot is the sum.&lt;/p&gt;&lt;p&gt;%1 = %4&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 是所有值的加权和，每个值的权重是 %2 对它的关注程度：%1 = Σ&lt;sub&gt;j&lt;/sub&gt; α′&lt;sub&gt;%3,j&lt;/sub&gt; v&lt;sup&gt;j&lt;/sup&gt;。条形图把每一项叠起来；圆点是总和。&lt;/p&gt;&lt;p&gt;%1 = %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Nothing in %1 waited for another output: b&lt;sup&gt;1&lt;/sup&gt;, b&lt;sup&gt;2&lt;/sup&gt;, … b&lt;sup&gt;N&lt;/sup&gt; are computed the same way and all at the same time. Put all the α′ in one matrix and all the v in another, and the whole layer is a few matrix products — the matrix form, next.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 不需要等待任何其他输出：b&lt;sup&gt;1&lt;/sup&gt;、b&lt;sup&gt;2&lt;/sup&gt;、… b&lt;sup&gt;N&lt;/sup&gt; 用同样的方法同时算出。把所有 α′ 放进一个矩阵、所有 v 放进另一个矩阵，整个层就是几次矩阵乘法——下一课的矩阵形式。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>al::AttentionDocument</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>No such entry in the input vectors.</source>
        <translation>输入向量中没有这个位置。</translation>
    </message>
    <message>
        <source>Enter a finite number.</source>
        <translation>请输入一个有限的数。</translation>
    </message>
    <message>
        <source>Edit %1 of vector %2</source>
        <translation>编辑向量 %2 的第 %1 个分量</translation>
    </message>
    <message>
        <source>No such entry in this weight matrix.</source>
        <translation>这个权重矩阵中没有这个位置。</translation>
    </message>
    <message>
        <source>Edit a weight</source>
        <translation>编辑一个权重</translation>
    </message>
    <message>
        <source>Change the temperature</source>
        <translation>改变温度</translation>
    </message>
    <message>
        <source>Change the model</source>
        <translation>改变模型</translation>
    </message>
    <message>
        <source>%1 mask: %2</source>
        <translation>%1 掩码：%2</translation>
    </message>
    <message>
        <source>Change the masks</source>
        <translation>改变掩码</translation>
    </message>
    <message>
        <source>There is no trace yet: open a sample first.</source>
        <translation>还没有轨迹：请先打开一个样例。</translation>
    </message>
    <message>
        <source>The trace has a value that is not finite (%1), which JSON cannot hold.</source>
        <translation>轨迹中有一个不是有限数的值（%1），JSON 无法保存它。</translation>
    </message>
    <message>
        <source>Insert “%1”</source>
        <translation>插入“%1”</translation>
    </message>
    <message>
        <source>Rename token %1 to “%2”</source>
        <translation>把词元 %1 改为“%2”</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>删除“%1”</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the notes of one edit</comment>
        <translation>；</translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>the end of the notes of one edit</comment>
        <translation>%1。</translation>
    </message>
    <message>
        <source>The trace of the latest change is still being computed: export it once the pictures are complete.</source>
        <translation>最近一次修改的追踪仍在计算中：请等图全部完成后再导出。</translation>
    </message>
    <message>
        <source>the new sample was not opened and the edit was undone</source>
        <translation>新样例未打开，修改已撤销</translation>
    </message>
    <message>
        <source>the new sample was not opened; %1 stays open</source>
        <translation>新样例未打开；%1 仍保持打开</translation>
    </message>
    <message>
        <source>the edit was undone</source>
        <translation>修改已撤销</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>已停止：%1</translation>
    </message>
    <message>
        <source>The trace could not be computed (%1): %2</source>
        <translation>无法计算追踪（%1）：%2</translation>
    </message>
    <message>
        <source>Back to the computed sample</source>
        <translation>回到已计算的样例</translation>
    </message>
    <message>
        <source>no sample was opened</source>
        <translation>没有打开任何样例</translation>
    </message>
</context>
<context>
    <name>al::BusyIndicator</name>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop this computation (Esc): the pictures stay as they were</source>
        <translation>停止这次计算（Esc）：图保持原样</translation>
    </message>
</context>
<context>
    <name>al::ClassificationLesson</name>
    <message>
        <source>Encoder output h: one vector per token</source>
        <translation>编码器输出 h：每个词元一个向量</translation>
    </message>
    <message>
        <source>position</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>h of %1, dimension %2 = %3</source>
        <translation>%1 的 h，第 %2 维 = %3</translation>
    </message>
    <message>
        <source>Scores α/√dₕ: layer %1, head %2</source>
        <translation>分数 α/√dₕ：第 %1 层，第 %2 个头</translation>
    </message>
    <message>
        <source>query</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>%1 = q·k/√dₕ = %2</source>
        <translation>%1 = q·k/√dₕ = %2</translation>
    </message>
    <message>
        <source>α′ = softmax: layer %1, head %2</source>
        <translation>α′ = softmax：第 %1 层，第 %2 个头</translation>
    </message>
    <message>
        <source>%1 = %2: how much %3 attends to %4</source>
        <translation>%1 = %2：%3 对 %4 的关注程度</translation>
    </message>
    <message>
        <source>Pooled c = mean of the rows of h</source>
        <translation>池化 c = h 各行的平均</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>pooled</source>
        <translation>池化</translation>
    </message>
    <message>
        <source>c of dimension %1 = (sum of column %1 of h) / %2 = %3</source>
        <translation>第 %1 维的 c = （h 第 %1 列之和）/ %2 = %3</translation>
    </message>
    <message>
        <source>Logits z = W c + b</source>
        <translation>logits z = W c + b</translation>
    </message>
    <message>
        <source>label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>logit</source>
        <translation>logit</translation>
    </message>
    <message>
        <source>z</source>
        <translation>z</translation>
    </message>
    <message>
        <source>p = softmax(z): the label is “%1”</source>
        <translation>p = softmax(z)：标签是“%1”</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>概率</translation>
    </message>
    <message>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>1. The encoder's self-attention</source>
        <translation>1. 编码器的自注意力</translation>
    </message>
    <message>
        <source>2. Mean pooling: one vector for the sequence</source>
        <translation>2. 平均池化：整个序列一个向量</translation>
    </message>
    <message>
        <source>3. One label for the sequence</source>
        <translation>3. 整个序列一个标签</translation>
    </message>
    <message>
        <source>&lt;p&gt;This model has no encoder output to pool. Open a classification model.&lt;/p&gt;</source>
        <translation>&lt;p&gt;这个模型没有可以池化的编码器输出。请打开一个分类（classification）模型。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;This model has no attention (the feed-forward-only baseline): each token's vector goes through the feed-forward networks alone and never sees another token. The map shows the encoder's output; the mean pooling of the next step is the only place where the tokens meet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;这个模型没有注意力（只有前馈网络的基线）：每个词元的向量只经过前馈网络，看不到其他词元。图中是编码器的输出；下一步的平均池化是词元之间唯一相遇的地方。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;A classifier reads the sentence with the Transformer's encoder alone (layers: %1), each layer a multi-head self-attention then a feed-forward network, with residual and LayerNorm. Nothing is masked: every token attends to every token, before and after it.&lt;/p&gt;&lt;p&gt;Layer %2, head %3: %4 attends most to %5 (α′ = %6). This is how a word such as “not” and the word it changes can see each other, which no sum of word-by-word scores can do.&lt;/p&gt;</source>
        <translation>&lt;p&gt;分类器只用 Transformer 的编码器（层数：%1）读句子，每层先是多头自注意力，再是前馈网络，都带残差和层归一化。这里没有掩码：每个词元关注所有词元，前面的和后面的都可以。&lt;/p&gt;&lt;p&gt;第 %2 层，第 %3 个头：%4 最关注 %5（α′ = %6）。正是这样，“not”和它所否定的词才能互相看到，这是逐词打分再相加做不到的。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The notes name two kinds of output for a sequence of N vectors: one label per vector (labelling, as “I saw a saw” gets PRON VERB DET NOUN) or &lt;b&gt;one label for the whole sequence&lt;/b&gt; (classification, as a review is positive or negative). For the second, the N output vectors of the encoder are made into one: their mean, c = (h¹ + … + h&lt;sup&gt;N&lt;/sup&gt;) / N.&lt;/p&gt;</source>
        <translation>&lt;p&gt;讲义中一个由 N 个向量组成的序列有两种输出：每个向量一个标签（序列标注，如“I saw a saw”得到 PRON VERB DET NOUN），或&lt;b&gt;整个序列一个标签&lt;/b&gt;（分类，如一条评论是正面还是负面）。对第二种，把编码器的 N 个输出向量合成一个：取平均，c = (h¹ + … + h&lt;sup&gt;N&lt;/sup&gt;) / N。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Here N = %1. Dimension %2, for example: c = (%3) / %1 = %4. Hover a cell of c to outline the column it averages. (Computed again from the rows of h, the mean differs from c by at most %5.)&lt;/p&gt;&lt;p&gt;The mean does not depend on where a word is; the order only counts through what attention and the positional encoding put into each h&lt;sup&gt;i&lt;/sup&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;这里 N = %1。以第 %2 维为例：c = (%3) / %1 = %4。把指针移到 c 的格子上，会框出它所平均的那一列。（用 h 的各行重新计算，平均值与 c 相差至多 %5。）&lt;/p&gt;&lt;p&gt;平均与词所在的位置无关；顺序只通过注意力和位置编码放进每个 h&lt;sup&gt;i&lt;/sup&gt; 的内容起作用。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The output layer maps the pooled vector c to one logit per label, z = W c + b: %1. Softmax makes them probabilities: %2. The label is the most likely one: &lt;b&gt;%3&lt;/b&gt; (p = %4) for the whole of “%5”.&lt;/p&gt;</source>
        <translation>&lt;p&gt;输出层把池化后的向量 c 映射为每个标签一个 logit，z = W c + b：%1。softmax 把它们变成概率：%2。标签取概率最大的那个：整句“%5”是&lt;b&gt;%3&lt;/b&gt;（p = %4）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The same model on “%1” says &lt;b&gt;%2&lt;/b&gt; (p = %3): the second bar at each label. Type it in the input above to follow it through every step.&lt;/p&gt;</source>
        <translation>&lt;p&gt;同一个模型对“%1”给出&lt;b&gt;%2&lt;/b&gt;（p = %3）：每个标签的第二根柱。把它输入到上方的输入框，可以一步步跟着看。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Type another sentence in the input above to see its label change.&lt;/p&gt;</source>
        <translation>&lt;p&gt;在上方输入另一个句子，看看标签怎样变化。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>al::ContributionBars</name>
    <message>
        <source>dimension of b</source>
        <translation>b 的维度</translation>
    </message>
    <message>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>b (the sum)</source>
        <translation>b（总和）</translation>
    </message>
    <message>
        <source>the other %1 keys</source>
        <translation>其余 %1 个键</translation>
    </message>
</context>
<context>
    <name>al::ConvolutionLesson</name>
    <message>
        <source>The kernel w: edit a cell and the heads and outputs follow</source>
        <translation>卷积核 w：编辑一个格子，各个头和输出随之改变</translation>
    </message>
    <message>
        <source>edges (Laplacian)</source>
        <translation>边缘（拉普拉斯）</translation>
    </message>
    <message>
        <source>The image: every pixel is a token</source>
        <translation>图像：每个像素是一个词元</translation>
    </message>
    <message>
        <source>The convolution kernel w (its cells can be edited beside the pictures)</source>
        <translation>卷积核 w（它的格子可以在图旁编辑）</translation>
    </message>
    <message>
        <source>Open image…</source>
        <translation>打开图像…</translation>
    </message>
    <message>
        <source>A PGM or PNG, turned grey and reduced to at most 64 × 64 pixels</source>
        <translation>PGM 或 PNG 图像，转为灰度并缩小到最多 64 × 64 像素</translation>
    </message>
    <message>
        <source>γ: how sharply each head focuses on its own shift. Drag it up: the heads become one-hot and attention becomes the convolution</source>
        <translation>γ：每个头多么集中于自己的偏移。向上拖动：各个头变成 one-hot，注意力就成了卷积</translation>
    </message>
    <message>
        <source>The kernel size K of the stacked convolutions whose receptive field is outlined</source>
        <translation>外框标出其感受野的堆叠卷积的核大小 K</translation>
    </message>
    <message>
        <source>layers: </source>
        <translation>层数：</translation>
    </message>
    <message>
        <source>L, how many K × K convolutions are stacked</source>
        <translation>L，堆叠了多少个 K × K 卷积</translation>
    </message>
    <message>
        <source>positions</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Add a 2-D positional encoding to the pixel features of the self-attention field</source>
        <translation>给自注意力场的像素特征加上二维位置编码</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>卷积核</translation>
    </message>
    <message>
        <source>Heads' focus γ</source>
        <translation>头的集中度 γ</translation>
    </message>
    <message>
        <source>Receptive field:</source>
        <translation>感受野：</translation>
    </message>
    <message>
        <source>Open image</source>
        <translation>打开图像</translation>
    </message>
    <message>
        <source>Images (*.pgm *.png *.jpg *.bmp);;All files (*)</source>
        <translation>图像 (*.pgm *.png *.jpg *.bmp);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot open the image</source>
        <translation>无法打开图像</translation>
    </message>
    <message>
        <source>Cannot open the kernel</source>
        <translation>无法打开卷积核</translation>
    </message>
    <message>
        <source>1. Receptive fields: convolution and self-attention</source>
        <translation>1. 感受野：卷积与自注意力</translation>
    </message>
    <message>
        <source>2. K² heads, one for each shift of the kernel</source>
        <translation>2. K² 个头，每个对应卷积核的一个偏移</translation>
    </message>
    <message>
        <source>3. Their weighted sum is the convolution</source>
        <translation>3. 它们的加权和就是卷积</translation>
    </message>
    <message>
        <source>&lt;p&gt;No image: open one with the button above.&lt;/p&gt;</source>
        <translation>&lt;p&gt;没有图像：用上面的按钮打开一个。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (%2 × %3 pixels)</source>
        <translation>%1（%2 × %3 像素）</translation>
    </message>
    <message>
        <source>pixel row</source>
        <translation>像素行</translation>
    </message>
    <message>
        <source>pixel column</source>
        <translation>像素列</translation>
    </message>
    <message>
        <source>Self-attention: α′ of pixel (%1, %2)</source>
        <translation>自注意力：像素 (%1, %2) 的 α′</translation>
    </message>
    <message>
        <source>&lt;p&gt;Every pixel is a token. &lt;b&gt;Convolution&lt;/b&gt; (left, dashed): %1 stacked %2 × %2 layers let pixel (%3, %4) see a square of (L(K−1)+1) × (L(K−1)+1) = %5 × %5 = %6 pixels — fixed by hand, the same for every pixel, whatever the image holds.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Self-attention&lt;/b&gt; (right): the same pixel attends to &lt;i&gt;every&lt;/i&gt; pixel, with weights decided by content — pixels that look alike (brightness, local mean, edges) get the most. Its receptive field is global and learned: the notes' “CNN is a special case of self-attention”. Click a pixel to move the query.&lt;/p&gt;</source>
        <translation>&lt;p&gt;每个像素是一个词元。&lt;b&gt;卷积&lt;/b&gt;（左，虚线）：%1 层堆叠的 %2 × %2 卷积让像素 (%3, %4) 看到 (L(K−1)+1) × (L(K−1)+1) = %5 × %5 = %6 个像素的方块——人为固定，对每个像素都一样，与图像内容无关。&lt;/p&gt;&lt;p&gt;&lt;b&gt;自注意力&lt;/b&gt;（右）：同一个像素关注&lt;i&gt;所有&lt;/i&gt;像素，权重由内容决定——相似的像素（亮度、局部均值、边缘）得到最多的关注。它的感受野是全局的、学出来的：也就是笔记中的“CNN 是自注意力的特例”。点击一个像素来移动查询。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The %1 heads around pixel (%2, %3), γ = %4</source>
        <translation>像素 (%2, %3) 周围的 %1 个头，γ = %4</translation>
    </message>
    <message>
        <source>row offset of the key</source>
        <translation>键的行偏移</translation>
    </message>
    <message>
        <source>column offset of the key</source>
        <translation>键的列偏移</translation>
    </message>
    <message>
        <source>&lt;p&gt;Self-attention can do exactly what a %1 × %1 convolution does (Cordonnier, Loukas &amp; Jaggi, 2020). Take %2 heads, one for each shift Δ = (Δy, Δx) of the kernel, laid out here as the kernel is. Head Δ scores the query pixel p against every key p′ with a relative positional term only: α = −γ ‖(p′ − p) − Δ‖², then softmax. Its weights form a blob centred on p + Δ (offset 0 is the query). Now γ = %3: drag it up and every blob shrinks to a single pixel — each head then copies exactly one neighbour.&lt;/p&gt;</source>
        <translation>&lt;p&gt;自注意力可以完全做到 %1 × %1 卷积所做的事（Cordonnier、Loukas 与 Jaggi，2020）。取 %2 个头，每个对应卷积核的一个偏移 Δ = (Δy, Δx)，这里按卷积核的样子排列。头 Δ 只用一个相对位置项给查询像素 p 和每个键 p′ 打分：α = −γ ‖(p′ − p) − Δ‖²，然后做 softmax。它的权重形成一个以 p + Δ 为中心的斑点（偏移 0 就是查询本身）。现在 γ = %3：向上拖动，每个斑点都缩成一个像素——每个头就正好复制一个邻居。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Convolution</source>
        <translation>卷积</translation>
    </message>
    <message>
        <source>Attention, K² heads</source>
        <translation>注意力，K² 个头</translation>
    </message>
    <message>
        <source>Difference, max %1</source>
        <translation>差值，最大 %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Each head h outputs b&lt;sub&gt;h&lt;/sub&gt; = Σ&lt;sub&gt;p′&lt;/sub&gt; α′ x&lt;sub&gt;p′&lt;/sub&gt;, a blurred copy of the neighbour at shift Δ&lt;sub&gt;h&lt;/sub&gt;; weighting the heads by the kernel, y = Σ&lt;sub&gt;h&lt;/sub&gt; w(Δ&lt;sub&gt;h&lt;/sub&gt;) b&lt;sub&gt;h&lt;/sub&gt;, gives the convolution as γ grows. At γ = %1 the largest difference is &lt;b&gt;%2&lt;/b&gt;. (The bound: about (number of keys) · e&lt;sup&gt;−γ&lt;/sup&gt; · max|x| · Σ|w|.) Choose another kernel above, or edit its cells in step 2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;每个头 h 输出 b&lt;sub&gt;h&lt;/sub&gt; = Σ&lt;sub&gt;p′&lt;/sub&gt; α′ x&lt;sub&gt;p′&lt;/sub&gt;，即偏移 Δ&lt;sub&gt;h&lt;/sub&gt; 处邻居的一个模糊副本；用卷积核给各头加权，y = Σ&lt;sub&gt;h&lt;/sub&gt; w(Δ&lt;sub&gt;h&lt;/sub&gt;) b&lt;sub&gt;h&lt;/sub&gt;，随着 γ 增大就得到卷积。在 γ = %1 时最大差值为 &lt;b&gt;%2&lt;/b&gt;。（上界：约为（键的个数）· e&lt;sup&gt;−γ&lt;/sup&gt; · max|x| · Σ|w|。）在上方选择另一个卷积核，或在第 2 步编辑它的格子。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Convolution versus self-attention</source>
        <translation>卷积与自注意力</translation>
    </message>
    <message>
        <source>Edit the kernel</source>
        <translation>编辑卷积核</translation>
    </message>
    <message>
        <source>Choose the kernel</source>
        <translation>选择卷积核</translation>
    </message>
</context>
<context>
    <name>al::EncoderDecoderLesson</name>
    <message>
        <source>output token</source>
        <translation>输出词元</translation>
    </message>
    <message>
        <source>row %1 (%2): %3 for %4</source>
        <translation>第 %1 行（%2）：%4 的 %3</translation>
    </message>
    <message>
        <source>&lt;p&gt;Here they part at row %1: the target has %2 where the model generates %3. The forced rows after it read the target's token.&lt;/p&gt;</source>
        <translation>&lt;p&gt;这里它们在第 %1 行分开：目标是 %2，模型生成的却是 %3。之后被强制的行读的是目标的词元。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Here the target is the model's own output: they never part.&lt;/p&gt;</source>
        <translation>&lt;p&gt;这里目标就是模型自己的输出：两者从不分开。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No target is typed&lt;/b&gt;, so the decoder reads the model's own output. Type one in the Target box to force it: on number-words, input “three hundred twenty one” with target “三 百 二 十 一” (or a wrong one, “三 百 二 十 二”, to make it read a token it would not have chosen); on reverse, input “a b c d e” with target “e d c b a”.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;没有输入目标&lt;/b&gt;，所以解码器读的是模型自己的输出。在“目标”框里输入一个目标即可强制它读：number-words 模型上，输入“three hundred twenty one”、目标“三 百 二 十 一”（或者输入一个错的目标“三 百 二 十 二”，让它读一个它自己不会选的词元）；reverse 模型上，输入“a b c d e”、目标“e d c b a”。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;This model reads at most %1 token(s): there is no room for &amp;lt;bos&amp;gt; and a generated token.&lt;/p&gt;</source>
        <translation>&lt;p&gt;这个模型最多读 %1 个词元：放不下 &amp;lt;bos&amp;gt; 再加一个生成的词元。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Teacher forcing: p of every row, one pass</source>
        <translation>Teacher forcing：一次前向，每一行的 p</translation>
    </message>
    <message>
        <source>Its own output: p of every row, one pass</source>
        <translation>读自己的输出：一次前向，每一行的 p</translation>
    </message>
    <message>
        <source>decoder position</source>
        <translation>解码器位置</translation>
    </message>
    <message>
        <source>Generation: p of each pass's last row</source>
        <translation>生成：每一次前向最后一行的 p</translation>
    </message>
    <message>
        <source>generation pass</source>
        <translation>生成的前向</translation>
    </message>
    <message>
        <source>reads (forced)</source>
        <translation>读入（强制）</translation>
    </message>
    <message>
        <source>reads</source>
        <translation>读入</translation>
    </message>
    <message>
        <source>target next</source>
        <translation>目标的下一个</translation>
    </message>
    <message>
        <source>predicts, one pass</source>
        <translation>一次前向的预测</translation>
    </message>
    <message>
        <source>generated ŷ</source>
        <translation>生成的 ŷ</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;One pass holds every step.&lt;/b&gt; Read in one pass, the model's own output [&amp;lt;bos&amp;gt;, ŷ₁ …] gives the very rows generation computed one pass at a time: the causal mask lets row t see rows 1 … t only, and those are the same tokens in both. Over the %1 × %2 logits and probabilities and every cross-attention row, the largest difference is %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;一次前向就包含了每一步。&lt;/b&gt;把模型自己的输出 [&amp;lt;bos&amp;gt;, ŷ₁ …] 一次读完，得到的正是生成时一次一次算出的那些行：因果掩码让第 t 行只看得到第 1 … t 行，而这些行在两种做法里是同样的词元。在 %1 × %2 的 logits 和概率以及交叉注意力的每一行上，最大的差是 %3。&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;Teacher forcing&lt;/b&gt; (note 004, train): the decoder reads &amp;lt;bos&amp;gt; and the typed target, the true tokens, all at once — %n row(s) in one pass, every row's prediction scored against the true next token at the same time, in parallel.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;Teacher forcing&lt;/b&gt;（笔记 004 的 train）：解码器一次读入 &amp;lt;bos&amp;gt; 和输入的目标，即正确答案——一次前向 %n 行，每一行的预测同时和真正的下一个词元比较，并行训练。&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;Generation&lt;/b&gt; (自回归 autoregressive): it reads its own outputs, one more in each of its %n pass(es). Where the target and its own output part, the rows after read different tokens and may predict differently.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;生成&lt;/b&gt;（自回归）：它读自己的输出，%n 次前向，每次多读一个。目标和它自己的输出一旦分开，之后的行读到的词元就不同，预测也可能不同。&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;Generation (自回归 autoregressive) took %n pass(es), one per token; the first map is the single pass over what it generated, as teacher forcing would read it.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;生成（自回归）用了 %n 次前向，每个词元一次；第一张图是把它生成的内容一次读完的那次前向，就像 teacher forcing 那样读。&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>p of %1 at row %2 (%3): %4&lt;br&gt;from the logit %5 and the rest of the row</source>
        <translation>第 %2 行（%3）上 %1 的 p：%4&lt;br&gt;来自 logit %5 和这一行的其余 logits</translation>
    </message>
    <message>
        <source>p = softmax(W_g h + b_g), row by row</source>
        <translation>p = softmax(W_g h + b_g)，逐行</translation>
    </message>
    <message>
        <source>p at row %1 (reads %2)</source>
        <translation>第 %1 行的 p（读入 %2）</translation>
    </message>
    <message>
        <source>predicts</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <source>p of the target</source>
        <translation>目标的 p</translation>
    </message>
    <message>
        <source>&lt;p&gt;After its last layer%1 the decoder has one vector h of d numbers per row. A linear layer turns each into %2 logits (W&lt;sub&gt;g&lt;/sub&gt; h + b&lt;sub&gt;g&lt;/sub&gt;), one per token of the output vocabulary, and softmax turns them into probabilities p that sum to 1. Row i's most probable token is its prediction of the token after the one it reads — the last row predicts &amp;lt;eos&amp;gt;, the end.&lt;/p&gt;</source>
        <translation>&lt;p&gt;经过最后一层%1，解码器每一行有一个 d 维向量 h。一个线性层把每个 h 变成 %2 个 logits（W&lt;sub&gt;g&lt;/sub&gt; h + b&lt;sub&gt;g&lt;/sub&gt;），输出词表里每个词元一个；softmax 再把它们变成和为 1 的概率 p。第 i 行概率最大的词元，就是它对所读词元之后那个词元的预测——最后一行预测 &amp;lt;eos&amp;gt;，即结束。&lt;/p&gt;</translation>
    </message>
    <message>
        <source> and its final LayerNorm</source>
        <translation>和最后的层归一化</translation>
    </message>
    <message>
        <source>&lt;p&gt;The bars are row %1's p over the whole vocabulary.&lt;/p&gt;</source>
        <translation>&lt;p&gt;柱状图是第 %1 行在整个词表上的 p。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Pass %1: cross-attention α′ (layer %2, head %3)</source>
        <translation>第 %1 次前向：交叉注意力 α′（第 %2 层，第 %3 个头）</translation>
    </message>
    <message>
        <source>query (decoder)</source>
        <translation>查询（解码器）</translation>
    </message>
    <message>
        <source>key (encoder input)</source>
        <translation>键（编码器的输入）</translation>
    </message>
    <message>
        <source>%1 = %2: how much the decoder's %3 attends to the input %4</source>
        <translation>%1 = %2：解码器的 %3 对输入 %4 的注意力</translation>
    </message>
    <message>
        <source>Pass %1: p of each row read</source>
        <translation>第 %1 次前向：读入的每一行的 p</translation>
    </message>
    <message>
        <source>Next token after %1: p of the last row</source>
        <translation>%1 之后的词元：最后一行的 p</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;Generation starts from &amp;lt;bos&amp;gt; alone, and each pass reads one token more. Pass %1 of %2 reads [%3] — %n row(s) — and its last row's most probable token is ŷ&lt;sub&gt;%1&lt;/sub&gt; = %4 (p = %5).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;生成从只有 &amp;lt;bos&amp;gt; 开始，每次前向多读一个词元。第 %1 次前向（共 %2 次）读入 [%3]——%n 行——最后一行概率最大的词元是 ŷ&lt;sub&gt;%1&lt;/sub&gt; = %4（p = %5）。&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;This is 自回归 autoregressive generation (note 004): the token chosen is appended to what the decoder reads, and it reads again — input 1 … t, output 2 … t+1. Each pass adds one row to the cross-attention map; the rows above it are those of the pass before, unchanged, because the causal mask keeps every row from seeing the rows after it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;这就是自回归生成（笔记 004）：选出的词元接到解码器读入的序列后面，再读一次——输入 1 … t，输出 2 … t+1。每次前向给交叉注意力图添一行；上面的行和上一次前向的完全一样，因为因果掩码让每一行都看不到它后面的行。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The whole output: %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;完整的输出：%1。&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;It stopped when it chose &amp;lt;eos&amp;gt;, after %n pass(es).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;它在第 %n 次前向选出 &amp;lt;eos&amp;gt; 时停止。&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;It stopped without &amp;lt;eos&amp;gt;: what it reads reached max_length = %1 tokens.&lt;/p&gt;</source>
        <translation>&lt;p&gt;它没有选出 &amp;lt;eos&amp;gt; 就停了：读入的序列达到了 max_length = %1 个词元。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>input token</source>
        <translation>输入词元</translation>
    </message>
    <message>
        <source>dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>%1 of %2, dimension %3: %4</source>
        <translation>%2 的%1，第 %3 维：%4</translation>
    </message>
    <message>
        <source>decoder layer %1: cross-attention takes k, v</source>
        <translation>解码器第 %1 层：交叉注意力取 k、v</translation>
    </message>
    <message>
        <source>input&lt;br&gt;%1</source>
        <translation>输入&lt;br&gt;%1</translation>
    </message>
    <message numerus="yes">
        <source>编码器 encoder&lt;br&gt;%n layer(s)</source>
        <translation>
            <numerusform>编码器&lt;br&gt;%n 层</numerusform>
        </translation>
    </message>
    <message>
        <source>memory&lt;br&gt;%1 × %2</source>
        <translation>memory&lt;br&gt;%1 × %2</translation>
    </message>
    <message>
        <source>decoder layer %1, head %2</source>
        <translation>解码器第 %1 层、第 %2 个头</translation>
    </message>
    <message>
        <source>Memory: the encoder's output  (%1 × %2)</source>
        <translation>memory：编码器的输出  (%1 × %2)</translation>
    </message>
    <message>
        <source>memory row</source>
        <translation>memory 行</translation>
    </message>
    <message>
        <source>k = W^k m + b^k  (%1)</source>
        <translation>k = W^k m + b^k  （%1）</translation>
    </message>
    <message>
        <source>key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>v = W^v m + b^v  (%1)</source>
        <translation>v = W^v m + b^v  （%1）</translation>
    </message>
    <message>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;The 编码器 encoder reads the whole input at once, with no mask: every input token may attend to every other. What comes out of its %n layer(s)%1 is one vector of d = %2 numbers per input token — the &lt;b&gt;memory&lt;/b&gt;, %3 × %2 here. It is computed once and read by every layer of the 解码器 decoder.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;编码器一次读入整个输入，没有掩码：每个输入词元都可以注意其他所有词元。它的 %n 层%1输出每个输入词元一个 d = %2 维的向量——这就是 &lt;b&gt;memory&lt;/b&gt;，这里是 %3 × %2。它只算一次，解码器的每一层都读它。&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;In each decoder layer the 交叉注意力 cross-attention takes its keys and values from the memory: k&lt;sup&gt;j&lt;/sup&gt; = W&lt;sup&gt;k&lt;/sup&gt; m&lt;sup&gt;j&lt;/sup&gt; + b&lt;sup&gt;k&lt;/sup&gt; and v&lt;sup&gt;j&lt;/sup&gt; = W&lt;sup&gt;v&lt;/sup&gt; m&lt;sup&gt;j&lt;/sup&gt; + b&lt;sup&gt;v&lt;/sup&gt;, one per input token j (d&lt;sub&gt;h&lt;/sub&gt; = %1 numbers in each head); its queries come from the decoder's own rows (step 3).&lt;/p&gt;</source>
        <translation>&lt;p&gt;解码器的每一层里，交叉注意力（cross-attention）的键和值都取自 memory：k&lt;sup&gt;j&lt;/sup&gt; = W&lt;sup&gt;k&lt;/sup&gt; m&lt;sup&gt;j&lt;/sup&gt; + b&lt;sup&gt;k&lt;/sup&gt;，v&lt;sup&gt;j&lt;/sup&gt; = W&lt;sup&gt;v&lt;/sup&gt; m&lt;sup&gt;j&lt;/sup&gt; + b&lt;sup&gt;v&lt;/sup&gt;，每个输入词元 j 一个（每个头 d&lt;sub&gt;h&lt;/sub&gt; = %1 维）；它的查询来自解码器自己的行（第 3 步）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Input token %1 (%2): in %3, k&lt;sup&gt;%1&lt;/sup&gt; = %4.&lt;/p&gt;</source>
        <translation>&lt;p&gt;输入词元 %1（%2）：在%3，k&lt;sup&gt;%1&lt;/sup&gt; = %4。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;This decoder layer has no self-attention.&lt;/p&gt;</source>
        <translation>&lt;p&gt;解码器的这一层没有自注意力。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>α′ of decoder layer %1, head %2</source>
        <translation>解码器第 %1 层、第 %2 个头的 α′</translation>
    </message>
    <message>
        <source>%1 = %2: how much %3 attends to %4</source>
        <translation>%1 = %2：%3 对 %4 的关注程度</translation>
    </message>
    <message>
        <source>&lt;p&gt;The decoder reads %1 tokens: &amp;lt;bos&amp;gt; and then the outputs, one row each. Its first sublayer is Masked Self-attention: the causal mask M lets row i attend to keys 1 … i only. A masked score is −∞ before softmax, so e&lt;sup&gt;−∞&lt;/sup&gt; = 0: the upper triangle of α′ is zero (its largest entry here: %2) and each row still sums to 1 over the keys it may see.&lt;/p&gt;</source>
        <translation>&lt;p&gt;解码器读入 %1 个词元：&amp;lt;bos&amp;gt;，然后是输出，每个一行。它的第一个子层是 Masked Self-attention：因果掩码 M 只让第 i 行注意键 1 … i。被掩盖的分数在 softmax 之前是 −∞，所以 e&lt;sup&gt;−∞&lt;/sup&gt; = 0：α′ 的上三角是零（这里最大的一项：%2），每一行在它能看到的键上仍然和为 1。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>exactly 0</source>
        <translation>正好是 0</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Why:&lt;/b&gt; row i predicts the token that comes after it. When the model generates, that token does not exist yet — a position must not see the future it will generate. In training the whole answer is read at once (teacher forcing); without the mask, row i could simply copy the next token.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;为什么：&lt;/b&gt;第 i 行预测它后面的那个词元。模型生成时，那个词元还不存在——一个位置不能看到它将要生成的未来。训练时整个答案一次读入（teacher forcing）；没有掩码，第 i 行就可以直接抄下一个词元。&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;Row %1 (%2) attends to the %n key(s) up to itself: α′ = %3.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;第 %1 行（%2）注意到它自己为止的 %n 个键：α′ = %3。&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Cross-attention α′ of decoder layer %1, head %2</source>
        <translation>交叉注意力 α′（解码器第 %1 层，第 %2 个头）</translation>
    </message>
    <message>
        <source>%1 = %2: how much the decoder's %3 attends to the input %4&lt;br&gt;q from decoder row %5, k and v from memory row %6</source>
        <translation>%1 = %2：解码器的 %3 对输入 %4 的注意力&lt;br&gt;q 来自解码器第 %5 行，k 和 v 来自 memory 第 %6 行</translation>
    </message>
    <message>
        <source>layer %1, head %2</source>
        <translation>第 %1 层，第 %2 个头</translation>
    </message>
    <message>
        <source>q = W^q LN(x) + b^q: one per decoder row  (%1)</source>
        <translation>q = W^q LN(x) + b^q：解码器每行一个  （%1）</translation>
    </message>
    <message>
        <source>q = W^q x + b^q: one per decoder row  (%1)</source>
        <translation>q = W^q x + b^q：解码器每行一个  （%1）</translation>
    </message>
    <message>
        <source>decoder token</source>
        <translation>解码器词元</translation>
    </message>
    <message>
        <source>q of decoder row %1 (%2), dimension %3: %4</source>
        <translation>解码器第 %1 行（%2）的 q，第 %3 维：%4</translation>
    </message>
    <message>
        <source>k = W^k m + b^k: one per memory row  (%1)</source>
        <translation>k = W^k m + b^k：memory 每行一个  （%1）</translation>
    </message>
    <message>
        <source>row %1 reads %2, predicts %3: attends most to %4 (α′ = %5)</source>
        <translation>第 %1 行读入 %2、预测 %3：最注意 %4（α′ = %5）</translation>
    </message>
    <message>
        <source>&lt;p&gt;交叉注意力 Cross-attention is where the decoder looks at the input. Its queries come from the decoder (q&lt;sup&gt;i&lt;/sup&gt; = W&lt;sup&gt;q&lt;/sup&gt; x&lt;sup&gt;i&lt;/sup&gt; + b&lt;sup&gt;q&lt;/sup&gt;, one per decoder row%1), its keys and values from the encoder's memory (k&lt;sup&gt;j&lt;/sup&gt;, v&lt;sup&gt;j&lt;/sup&gt;, one per input token). So α′ is %2 × %3: rows are the decoder's tokens, columns the input's, and each row sums to 1 over the input. No mask: every output may look at the whole input.&lt;/p&gt;</source>
        <translation>&lt;p&gt;交叉注意力是解码器看输入的地方。它的查询来自解码器（q&lt;sup&gt;i&lt;/sup&gt; = W&lt;sup&gt;q&lt;/sup&gt; x&lt;sup&gt;i&lt;/sup&gt; + b&lt;sup&gt;q&lt;/sup&gt;，解码器每行一个%1），键和值来自编码器的 memory（k&lt;sup&gt;j&lt;/sup&gt;、v&lt;sup&gt;j&lt;/sup&gt;，每个输入词元一个）。所以 α′ 是 %2 × %3：行是解码器的词元，列是输入的词元，每一行在输入上和为 1。没有掩码：每个输出都可以看整个输入。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>, after its LayerNorm</source>
        <translation>，经过它的层归一化</translation>
    </message>
    <message>
        <source>&lt;p&gt;In decoder layer %1, head %2:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;%3&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;解码器第 %1 层、第 %2 个头：&lt;/p&gt;&lt;ul&gt;&lt;li&gt;%3&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Row i predicts the next output, so it can look for the input word that output comes from: a head that does this draws an alignment of outputs to inputs (on number-words, each numeral to its word; on reverse, an anti-diagonal). Heads differ — some align, others look elsewhere: change the head above and compare.&lt;/p&gt;</source>
        <translation>&lt;p&gt;第 i 行预测下一个输出，所以它可以去找这个输出来自哪个输入词：这样做的头画出的是输出和输入的对齐（number-words 上，每个数字对着它的英文词；reverse 上，是一条反对角线）。各个头不一样——有的对齐，有的看别处：在上面换一个头比较一下。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Encoder–decoder</source>
        <translation>编码器–解码器</translation>
    </message>
    <message>
        <source>1. The encoder reads the input: the memory</source>
        <translation>1. 编码器读入输入：memory</translation>
    </message>
    <message>
        <source>2. Masked self-attention in the decoder</source>
        <translation>2. 解码器里的 Masked Self-attention</translation>
    </message>
    <message>
        <source>3. Cross-attention: each output looks at the input</source>
        <translation>3. 交叉注意力：每个输出看向输入</translation>
    </message>
    <message>
        <source>4. Output probabilities</source>
        <translation>4. 输出概率</translation>
    </message>
    <message>
        <source>5. Generation step by step</source>
        <translation>5. 一步一步地生成</translation>
    </message>
    <message>
        <source>6. Teacher forcing against generation</source>
        <translation>6. Teacher forcing 与生成</translation>
    </message>
    <message>
        <source>&lt;p&gt;This lesson shows encoder–decoder (sequence to sequence) models; this one is for %1. Choose number-words or reverse above.&lt;/p&gt;</source>
        <translation>&lt;p&gt;这一课讲编码器–解码器（序列到序列）模型；这个模型是做%1的。请在上面选择 number-words 或 reverse。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;This model's decoder has no cross-attention: there is nothing to show.&lt;/p&gt;</source>
        <translation>&lt;p&gt;这个模型的解码器没有交叉注意力：没有可以展示的内容。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>概率</translation>
    </message>
</context>
<context>
    <name>al::GifAnimation</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>an animation needs at least one frame</source>
        <translation>动画至少需要一帧</translation>
    </message>
    <message>
        <source>frame %1 is empty</source>
        <translation>第 %1 帧是空的</translation>
    </message>
    <message>
        <source>frame %1 is %2 × %3 pixels and frame 1 is %4 × %5: the frames of an animation have one size</source>
        <translation>第 %1 帧为 %2 × %3 像素，第 1 帧为 %4 × %5：动画的各帧大小必须相同</translation>
    </message>
    <message>
        <source>frame %1 is %2 × %3 pixels, larger than a GIF holds (%4 × %4)</source>
        <translation>第 %1 帧为 %2 × %3 像素，超出了 GIF 能容纳的大小（%4 × %4）</translation>
    </message>
    <message>
        <source>frame %1 would show for %2 ms; a GIF shows a frame for %3 ms to %4 ms</source>
        <translation>第 %1 帧要显示 %2 毫秒；GIF 每帧只能显示 %3 到 %4 毫秒</translation>
    </message>
    <message>
        <source>the GIF could not be encoded (%1)</source>
        <translation>GIF 无法编码（%1）</translation>
    </message>
</context>
<context>
    <name>al::GptLesson</name>
    <message>
        <source>at %1 %2 it gives α′ = %3 to %4 %5, the token after its earlier occurrence; the model then predicts %6 (p = %7)%8</source>
        <translation>在 %1 %2，它给 %4 %5（这个词元前一次出现后紧跟的词元）α′ = %3；模型随后预测 %6（p = %7）%8</translation>
    </message>
    <message>
        <source>: a copy</source>
        <translation>：复制</translation>
    </message>
    <message>
        <source>Induction score of each head</source>
        <translation>每个头的归纳分数</translation>
    </message>
    <message>
        <source>layer </source>
        <translation>层 </translation>
    </message>
    <message>
        <source>head </source>
        <translation>头 </translation>
    </message>
    <message>
        <source>layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>head</source>
        <translation>头</translation>
    </message>
    <message>
        <source>layer %1, head %2: on average α′ = %3 goes to the token to copy</source>
        <translation>第 %1 层，第 %2 个头：平均 α′ = %3 落在要复制的词元上</translation>
    </message>
    <message>
        <source>Where copying looks: the token after an earlier occurrence</source>
        <translation>复制时看哪里：前一次出现之后的词元</translation>
    </message>
    <message>
        <source>query</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>%2 follows an earlier occurrence of the token of %1: a copying head looks here</source>
        <translation>%2 紧跟在 %1 的词元前一次出现之后：复制的头看这里</translation>
    </message>
    <message>
        <source>not a token to copy for %1</source>
        <translation>不是 %1 要复制的词元</translation>
    </message>
    <message>
        <source>α′ of the best head: layer %1, head %2</source>
        <translation>最好的头的 α′：第 %1 层，第 %2 个头</translation>
    </message>
    <message>
        <source>%1 = %2: how much %3 attends to %4</source>
        <translation>%1 = %2：%3 对 %4 的关注程度</translation>
    </message>
    <message>
        <source>&lt;p&gt;A model that copies must, at a token it has seen before, look at the token that came right after that earlier occurrence: that is what it should write next. The middle map marks those cells. A head's induction score is the weight α′ it gives them, averaged over the positions whose token occurred before (here %1 of %2): 1 means all of its attention goes to the tokens to copy, 0 none.&lt;/p&gt;</source>
        <translation>&lt;p&gt;一个会复制的模型，在遇到之前见过的词元时，必须看向那次出现之后紧跟的词元：那正是它接下来该写的。中间的图标出了这些格子。一个头的归纳分数是它给这些格子的权重 α′，对所有词元之前出现过的位置取平均（这里是 %2 个中的 %1 个）：1 表示全部注意力都落在要复制的词元上，0 表示一点也没有。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No token of this prompt occurs twice, so there is nothing to copy and every score is 0. Type a prompt in which a token repeats, such as “c a f e | c a”.&lt;/p&gt;</source>
        <translation>&lt;p&gt;这个提示中没有词元出现两次，所以没有可复制的，每个分数都是 0。请输入有重复词元的提示，例如“c a f e | c a”。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The best is layer %1, head %2, with a score of %3. What it does:&lt;/p&gt;</source>
        <translation>&lt;p&gt;最好的是第 %1 层第 %2 个头，分数 %3。它做的事：&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;So at %1 of these %2 positions the model's top choice is the token to copy. The score alone does not make a prediction: the other heads and the feed-forward networks add to the same vector.&lt;/p&gt;</source>
        <translation>&lt;p&gt;所以在这 %2 个位置中，有 %1 个位置模型的首选就是要复制的词元。单靠这个分数并不构成预测：其他头和前馈网络也往同一个向量里加东西。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>position → next token</source>
        <translation>位置 → 下一个词元</translation>
    </message>
    <message>
        <source>next token</source>
        <translation>下一个词元</translation>
    </message>
    <message>
        <source>p(token %1 = %2 | tokens 1 … %3) = %4</source>
        <translation>p(第 %1 个词元 = %2 | 词元 1 … %3) = %4</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>概率</translation>
    </message>
    <message>
        <source>α′ = softmax: layer %1, head %2</source>
        <translation>α′ = softmax：第 %1 层，第 %2 个头</translation>
    </message>
    <message>
        <source>p(next token) at every position (✓: right)</source>
        <translation>每个位置的 p(下一个词元)（✓：预测对）</translation>
    </message>
    <message>
        <source>Position %1: p(next token)</source>
        <translation>位置 %1：p(下一个词元)</translation>
    </message>
    <message>
        <source>Generation step %1: p(next token), one row per token read</source>
        <translation>生成第 %1 步：p(下一个词元)，每读一个词元一行</translation>
    </message>
    <message>
        <source>Step %1: p(ŷ%2) after “%3”</source>
        <translation>第 %1 步：“%3”之后的 p(ŷ%2)</translation>
    </message>
    <message>
        <source>α′ of layer %1, head %2 in this pass</source>
        <translation>这一遍中第 %1 层第 %2 个头的 α′</translation>
    </message>
    <message>
        <source>GPT: the decoder alone</source>
        <translation>GPT：只有解码器</translation>
    </message>
    <message>
        <source>1. Causal self-attention</source>
        <translation>1. 因果自注意力</translation>
    </message>
    <message>
        <source>2. Next-token probabilities</source>
        <translation>2. 下一个词元的概率</translation>
    </message>
    <message>
        <source>3. Continuing the prompt token by token</source>
        <translation>3. 一个词元一个词元地续写提示</translation>
    </message>
    <message>
        <source>4. The head that copies</source>
        <translation>4. 负责复制的头</translation>
    </message>
    <message>
        <source>&lt;p&gt;This model has no decoder to read the prompt with. Open a language model (task language_model).&lt;/p&gt;</source>
        <translation>&lt;p&gt;这个模型没有读提示用的解码器。请打开一个语言模型（任务 language_model）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;This model has no attention: nothing to show in this step.&lt;/p&gt;</source>
        <translation>&lt;p&gt;这个模型没有注意力：这一步没有可显示的内容。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The prompt has %1 tokens and the model reads at most max_length = %2: there is no room to generate another token. Type a shorter prompt.&lt;/p&gt;</source>
        <translation>&lt;p&gt;提示有 %1 个词元，而模型最多读 max_length = %2 个：没有空间再生成词元了。请输入更短的提示。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;GPT is the Transformer's decoder alone: a stack of %1 decoder layers, each a Masked Self-attention followed by a feed-forward network (with residual and LayerNorm). There is no encoder, so no cross-attention.&lt;/p&gt;&lt;p&gt;The causal mask M lets query i attend to keys j ≤ i only: %2 of the %3 pairs (N(N+1)/2 with N = %4). Masked scores are −∞ before softmax, so the upper triangle of α′ is zero: its largest entry there is %5.&lt;/p&gt;</source>
        <translation>&lt;p&gt;GPT 就是只有解码器的 Transformer：%1 个解码器层堆叠，每层先是 Masked Self-attention，再是前馈网络（带残差和层归一化）。没有编码器，所以也没有交叉注意力。&lt;/p&gt;&lt;p&gt;因果掩码 M 只让查询 i 关注 j ≤ i 的键：%3 对中的 %2 对（N(N+1)/2，N = %4）。被遮住的分数在 softmax 之前是 −∞，所以 α′ 的上三角为零：那里最大的元素是 %5。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Layer %1, head %2, query %3: its weights over keys 1 … %4 sum to %5; it attends most to %6 (α′ = %7).&lt;/p&gt;&lt;p&gt;Because no position sees the ones after it, one pass over a text trains every next-token prediction at once (teacher forcing), and generation can add one token at a time without changing what came before.&lt;/p&gt;</source>
        <translation>&lt;p&gt;第 %1 层，第 %2 个头，查询 %3：它对键 1 … %4 的权重之和为 %5；它最关注 %6（α′ = %7）。&lt;/p&gt;&lt;p&gt;因为没有位置能看到它后面的位置，读一遍文本就能同时训练每一个下一个词元的预测（teacher forcing）；生成时也可以一次加一个词元，而不改变前面的结果。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The output layer reads the decoder's last vector at each position i and gives, by softmax over the %1 tokens of the vocabulary, the probability of the next token: row i reads tokens 1 … i and predicts token i + 1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;输出层读取解码器在每个位置 i 的最后一个向量，对词表的 %1 个词元做 softmax，给出下一个词元的概率：第 i 行读了词元 1 … i，预测第 i + 1 个词元。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Position %1 (%2): the top choice is %3 with p = %4.</source>
        <translation>&lt;p&gt;位置 %1（%2）：首选是 %3，p = %4。</translation>
    </message>
    <message>
        <source>The prompt's next token is %1: right.</source>
        <translation>提示中的下一个词元是 %1：预测对了。</translation>
    </message>
    <message>
        <source>The prompt's next token is %1, which gets p = %2: wrong.</source>
        <translation>提示中的下一个词元是 %1，它的 p = %2：预测错了。</translation>
    </message>
    <message>
        <source>This is the last position: what it predicts is the prompt's continuation.</source>
        <translation>这是最后一个位置：它预测的就是提示的续写。</translation>
    </message>
    <message>
        <source>&lt;p&gt;Over the prompt, %1 of the %2 next tokens are the top choice: %3. Training compares every row with the actual next token at once (cross-entropy).&lt;/p&gt;</source>
        <translation>&lt;p&gt;在整个提示上，%2 个下一个词元中有 %1 个是首选：%3。训练时每一行同时和实际的下一个词元比较（交叉熵）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Generation is autoregressive: the model reads the prompt, appends its most likely next token, and reads again — one pass per token, each pass one row longer. Thanks to the causal mask the rows already read come out as before; only the new last row is new.&lt;/p&gt;</source>
        <translation>&lt;p&gt;生成是自回归的：模型读提示，把最可能的下一个词元接上，再读一遍——每个词元一遍，每遍多一行。有因果掩码，已经读过的行和之前完全一样；只有新的最后一行是新的。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Step %1 reads %2 tokens (%3) and writes ŷ%4 = %5 with p = %6.&lt;/p&gt;</source>
        <translation>&lt;p&gt;第 %1 步读 %2 个词元（%3），写出 ŷ%4 = %5，p = %6。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The prompt continued: %1 → %2 (%3).&lt;/p&gt;</source>
        <translation>&lt;p&gt;提示的续写：%1 → %2（%3）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>stopped at &lt;eos&gt;</source>
        <translation>在 &lt;eos&gt; 处停止</translation>
    </message>
    <message>
        <source>stopped at max_length = %1 tokens</source>
        <translation>到 max_length = %1 个词元时停止</translation>
    </message>
</context>
<context>
    <name>al::GraphEditor</name>
    <message>
        <source>Click a token, then another, to add or remove the edge between them</source>
        <translation>点击一个词元，再点击另一个，以添加或删除它们之间的边</translation>
    </message>
</context>
<context>
    <name>al::HeatmapAnimation</name>
    <message>
        <source>step %1 · loss %2</source>
        <translation>第 %1 步 · 损失 %2</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>第 %1 步</translation>
    </message>
</context>
<context>
    <name>al::HeatmapView</name>
    <message>
        <source>Save values as CSV</source>
        <translation>把数值保存为 CSV</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>Save values</source>
        <translation>保存数值</translation>
    </message>
    <message>
        <source>Save values as CSV…</source>
        <translation>把数值保存为 CSV…</translation>
    </message>
    <message>
        <source>Copy values</source>
        <translation>复制数值</translation>
    </message>
    <message>
        <source>Show the whole matrix</source>
        <translation>显示整个矩阵</translation>
    </message>
    <message>
        <source>%1: %2 (overflow)</source>
        <translation>%1：%2（溢出）</translation>
    </message>
    <message>
        <source>%1: −∞ (masked)</source>
        <translation>%1：−∞（已掩码）</translation>
    </message>
    <message>
        <source>Fit colours to this plot's data</source>
        <translation>按本图数据调整颜色范围</translation>
    </message>
    <message>
        <source>Otherwise the colours are on one scale with the plots beside it</source>
        <translation>否则颜色与旁边的图使用同一刻度</translation>
    </message>
    <message>
        <source>Otherwise the colours are on the fixed scale %1 … %2</source>
        <translation>否则颜色使用固定刻度 %1 … %2</translation>
    </message>
    <message>
        <source>masked</source>
        <translation>已掩码</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>允许</translation>
    </message>
    <message>
        <source>shared scale</source>
        <translation>共用刻度</translation>
    </message>
    <message>
        <source>fixed scale, widened to fit</source>
        <translation>固定刻度，已扩展以容纳数据</translation>
    </message>
    <message>
        <source>fixed scale</source>
        <translation>固定刻度</translation>
    </message>
    <message>
        <source>M&lt;sub&gt;%1,%2&lt;/sub&gt; = 1: %3 may attend to %4 (allowed)</source>
        <translation>M&lt;sub&gt;%1,%2&lt;/sub&gt; = 1：%3 可以关注 %4（允许）</translation>
    </message>
    <message>
        <source>M&lt;sub&gt;%1,%2&lt;/sub&gt; = 0: %3 may not attend to %4 (masked)</source>
        <translation>M&lt;sub&gt;%1,%2&lt;/sub&gt; = 0：%3 不可以关注 %4（已掩码）</translation>
    </message>
</context>
<context>
    <name>al::Lesson</name>
    <message>
        <source>query</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>key</source>
        <translation>键</translation>
    </message>
</context>
<context>
    <name>al::LessonPage</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;This step could not be computed:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;这一步无法计算：&lt;/b&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Stopped:&lt;/b&gt; the pictures of this step were not computed. &lt;a href="%1"&gt;Compute them&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;已停止：&lt;/b&gt;这一步的图没有算出来。&lt;a href="%1"&gt;重新计算&lt;/a&gt;。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>al::MainWindow</name>
    <message>
        <source>AttentionLab</source>
        <translation>AttentionLab</translation>
    </message>
    <message>
        <source>The lessons, in the order of the lecture</source>
        <translation>各课，按讲义的顺序</translation>
    </message>
    <message>
        <source>%1 tokens · d_model %2 · %3 head(s) · d_k %4 · d_v %5</source>
        <translation>%1 个词元 · d_model %2 · %3 个头 · d_k %4 · d_v %5</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Vectors and weights</source>
        <translation>向量与权重</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Export this &amp;page…</source>
        <translation>导出本页(&amp;P)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>The step's plots and explanation as one PNG, SVG or PDF</source>
        <translation>把这一步的图和说明导出为一个 PNG、SVG 或 PDF</translation>
    </message>
    <message>
        <source>&amp;Export every step of this lesson…</source>
        <translation>导出本课的每一步(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Every plot and page of every step, as PNG, SVG, PDF or CSV, with index.json</source>
        <translation>每一步的每张图和整页，格式为 PNG、SVG、PDF 或 CSV，并附 index.json</translation>
    </message>
    <message>
        <source>Export &amp;trace…</source>
        <translation>导出轨迹(&amp;T)…</translation>
    </message>
    <message>
        <source>Everything the computation produced, as an attention-lab/trace@1 JSON file</source>
        <translation>计算产生的一切，保存为 attention-lab/trace@1 JSON 文件</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Samples</source>
        <translation>样例(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Lecture (column) form: A = KᵀQ</source>
        <translation>讲义（列）形式(&amp;L)：A = KᵀQ</translation>
    </message>
    <message>
        <source>&amp;Paper (row) form: S = QKᵀ</source>
        <translation>论文（行）形式(&amp;P)：S = QKᵀ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About AttentionLab</source>
        <translation>关于 AttentionLab(&amp;A)</translation>
    </message>
    <message>
        <source>About AttentionLab</source>
        <translation>关于 AttentionLab</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;AttentionLab&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Self-attention, step by step, exactly: every number on screen is the trace of the computation, checked against PyTorch and NumPy.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;AttentionLab&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;自注意力，一步一步，精确无误：屏幕上的每个数都来自计算的轨迹，并与 PyTorch 和 NumPy 核对过。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>Cannot open the sample</source>
        <translation>无法打开样例</translation>
    </message>
    <message>
        <source>Export every step of this lesson to folder</source>
        <translation>把本课的每一步导出到文件夹</translation>
    </message>
    <message>
        <source>PNG images</source>
        <translation>PNG 图片</translation>
    </message>
    <message>
        <source>SVG vector images</source>
        <translation>SVG 矢量图</translation>
    </message>
    <message>
        <source>PDF documents</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>CSV tables of every heatmap</source>
        <translation>每个热力图的 CSV 表格</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>缩放</translation>
    </message>
    <message>
        <source>Scale factor (2 or 3 for slides):</source>
        <translation>缩放倍数（幻灯片用 2 或 3）：</translation>
    </message>
    <message>
        <source>Wrote %1 files and index.json to %2</source>
        <translation>已写入 %1 个文件和 index.json 到 %2</translation>
    </message>
    <message>
        <source>Export this page</source>
        <translation>导出本页</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>Export trace</source>
        <translation>导出轨迹</translation>
    </message>
    <message>
        <source>AttentionLab traces (*.json)</source>
        <translation>AttentionLab 轨迹 (*.json)</translation>
    </message>
    <message>
        <source>The session names a lesson this version does not have: %1</source>
        <translation>会话中的课程在此版本中不存在：%1</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>保存会话</translation>
    </message>
    <message>
        <source>AttentionLab sessions (*.json)</source>
        <translation>AttentionLab 会话 (*.json)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>The sample has edits that are not saved. Save them as a session first?</source>
        <translation>样例有尚未保存的修改。要先把它们保存为会话吗？</translation>
    </message>
    <message>
        <source>The translation for %1 is missing from %2</source>
        <translation>%2 中缺少 %1 的翻译</translation>
    </message>
    <message>
        <source>%1[*] — AttentionLab</source>
        <translation>%1[*] — AttentionLab</translation>
    </message>
    <message>
        <source>&amp;Open sample or session…</source>
        <translation>打开样例或会话(&amp;O)…</translation>
    </message>
    <message>
        <source>Open an AttentionLab sample, or a session saved with its edits</source>
        <translation>打开一个 AttentionLab 样例，或一个连同修改一起保存的会话</translation>
    </message>
    <message>
        <source>&amp;Save session</source>
        <translation>保存会话(&amp;S)</translation>
    </message>
    <message>
        <source>The sample with every edit, the lesson, step and query, as one file</source>
        <translation>样例及其全部修改、当前的课、步骤和查询，保存为一个文件</translation>
    </message>
    <message>
        <source>Save session &amp;as…</source>
        <translation>会话另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation>配色(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Standard (viridis, blue–red)</source>
        <translation>标准(&amp;S)（viridis，蓝–红）</translation>
    </message>
    <message>
        <source>&amp;High contrast (inferno, purple–orange)</source>
        <translation>高对比度(&amp;H)（inferno，紫–橙）</translation>
    </message>
    <message>
        <source>P&amp;resentation mode</source>
        <translation>演示模式(&amp;R)</translation>
    </message>
    <message>
        <source>Full screen, large type, high contrast; ←/→ or space to step, 1–9 for the first nine lessons, Esc to leave</source>
        <translation>全屏、大字、高对比度；用 ←/→ 或空格切换步骤，1–9 切换前九个课程，Esc 退出</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;System default</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&lt;p style="color:#b00000"&gt;&lt;b&gt;Overflow in %1.&lt;/b&gt; Some values exceed the range of a double (about ±1.8 × 10&lt;sup&gt;308&lt;/sup&gt;) and are shown as ±∞. Softmax takes its limit there: keys scoring +∞ share the weight equally and keys at −∞ get none, so every row of α′ stays finite and sums to 1. Smaller inputs or weights, or a larger temperature, avoid it.&lt;/p&gt;</source>
        <translation>&lt;p style="color:#b00000"&gt;&lt;b&gt;%1 中出现溢出。&lt;/b&gt;有些值超出了 double 的范围（约 ±1.8 × 10&lt;sup&gt;308&lt;/sup&gt;），显示为 ±∞。softmax 在那里取其极限：得分为 +∞ 的键平分权重，−∞ 的键得 0，所以 α′ 的每一行仍然有限且和为 1。把输入或权重调小，或把温度调大，就能避免。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Welcome</source>
        <translation>欢迎(&amp;W)</translation>
    </message>
    <message>
        <source>What AttentionLab is and where to start</source>
        <translation>AttentionLab 是什么，从哪里开始</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>使用指南(&amp;U)</translation>
    </message>
    <message>
        <source>Every lesson explained, with pictures (works offline)</source>
        <translation>逐课讲解，附图（无需联网）</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Cannot open the model</source>
        <translation>无法打开模型</translation>
    </message>
    <message>
        <source>%1: no lesson shows a model for %2</source>
        <translation>%1：没有课程显示%2模型</translation>
    </message>
    <message>
        <source>Opened the model “%1” (%2)</source>
        <translation>已打开模型“%1”（%2）</translation>
    </message>
    <message>
        <source>Trained Transformers</source>
        <translation>训练好的 Transformer</translation>
    </message>
    <message>
        <source>%1 · d_model %2 · %3 head(s) · d_ff %4 · %5 encoder and %6 decoder layer(s)</source>
        <translation>%1 · d_model %2 · %3 个头 · d_ff %4 · 编码器 %5 层，解码器 %6 层</translation>
    </message>
    <message>
        <source>Saved the trained model as %1</source>
        <translation>训练好的模型已保存为 %1</translation>
    </message>
    <message>
        <source>Wrote the animation %1</source>
        <translation>已写出动画 %1</translation>
    </message>
    <message>
        <source>Open a sample, a session, a model or a dataset</source>
        <translation>打开样例、会话、模型或数据集</translation>
    </message>
    <message>
        <source>AttentionLab samples, sessions, models and datasets (*.json);;All files (*)</source>
        <translation>AttentionLab 样例、会话、模型和数据集 (*.json);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>al::MaskComposer</name>
    <message>
        <source>causal: only keys up to the query</source>
        <translation>因果：只看到查询之前（含）的键</translation>
    </message>
    <message>
        <source>The decoder's masked self-attention: query i sees keys 1 … i</source>
        <translation>解码器的带掩码自注意力：查询 i 只看到键 1 … i</translation>
    </message>
    <message>
        <source>padding: valid length</source>
        <translation>填充：有效长度</translation>
    </message>
    <message>
        <source>Keys beyond the valid length are padding and get no attention</source>
        <translation>超出有效长度的键是填充，不获得任何注意力</translation>
    </message>
    <message>
        <source>window: radius</source>
        <translation>窗口：半径</translation>
    </message>
    <message>
        <source>Truncated self-attention (speech): query i sees keys i − w … i + w</source>
        <translation>截断自注意力（语音）：查询 i 只看到键 i − w … i + w</translation>
    </message>
    <message>
        <source>graph: attend along edges</source>
        <translation>图：沿边关注</translation>
    </message>
    <message>
        <source>Self-attention on a graph: a node attends to itself and its neighbours</source>
        <translation>图上的自注意力：一个节点关注它自己和它的邻居</translation>
    </message>
    <message>
        <source>directed</source>
        <translation>有向</translation>
    </message>
    <message>
        <source>An edge (i, j) lets i attend to j only, not j to i</source>
        <translation>边 (i, j) 只让 i 关注 j，而不让 j 关注 i</translation>
    </message>
    <message>
        <source>Clear toggled cells</source>
        <translation>清除手动切换的格子</translation>
    </message>
    <message>
        <source>Forget the cells toggled by clicking M</source>
        <translation>忘记通过点击 M 切换的格子</translation>
    </message>
    <message>
        <source>Click a cell of M to switch it off or on.</source>
        <translation>点击 M 的一个格子来关闭或打开它。</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) switched off by clicking M.</source>
        <translation>
            <numerusform>通过点击 M 关闭了 %n 个格子。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2 stays off: another mask forbids it (%3). Switch that mask off above to change this pair.</source>
        <translation>%1 → %2 仍然关闭：另一个掩码禁止了它（%3）。先在上方关掉那个掩码，才能改变这一对。</translation>
    </message>
</context>
<context>
    <name>al::MaskedAttentionMaps</name>
    <message>
        <source>Causal mask M (1: may attend)</source>
        <translation>因果掩码 M（1：可以关注）</translation>
    </message>
    <message>
        <source>query</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>%1 may attend to %2</source>
        <translation>%1 可以关注 %2</translation>
    </message>
    <message>
        <source>%1 may not attend to %2: it comes later</source>
        <translation>%1 不能关注 %2：它在后面</translation>
    </message>
    <message>
        <source>Scores α / √dₕ, masked = −∞</source>
        <translation>分数 α / √dₕ，被掩码的为 −∞</translation>
    </message>
    <message>
        <source>%1 = −∞: masked</source>
        <translation>%1 = −∞：被遮住</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
</context>
<context>
    <name>al::MasksLesson</name>
    <message>
        <source>1. Compose the mask M</source>
        <translation>1. 组合掩码 M</translation>
    </message>
    <message>
        <source>2. Masked scores are −∞, then softmax</source>
        <translation>2. 被遮住的分数为 −∞，然后做 softmax</translation>
    </message>
    <message>
        <source>3. What attention costs</source>
        <translation>3. 注意力的计算量</translation>
    </message>
    <message>
        <source> ✕ fully masked</source>
        <translation> ✕ 全部被遮住</translation>
    </message>
    <message>
        <source>Mask M (1: may attend)</source>
        <translation>掩码 M（1：允许关注）</translation>
    </message>
    <message>
        <source>query</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>%1 may attend to %2</source>
        <translation>%1 可以关注 %2</translation>
    </message>
    <message>
        <source>%1 may not attend to %2</source>
        <translation>%1 不可以关注 %2</translation>
    </message>
    <message>
        <source>&lt;br&gt;click to switch this pair off or on</source>
        <translation>&lt;br&gt;点击以关闭或打开这一对</translation>
    </message>
    <message>
        <source>Scores α, masked = −∞</source>
        <translation>注意力分数 α，被遮住的 = −∞</translation>
    </message>
    <message>
        <source>%1 = −∞: masked</source>
        <translation>%1 = −∞：被遮住</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>Weights α′, renormalised</source>
        <translation>权重 α′，重新归一化</translation>
    </message>
    <message>
        <source>%1 = %2: how much %3 attends to %4</source>
        <translation>%1 = %2：%3 对 %4 的关注程度</translation>
    </message>
    <message>
        <source>&lt;p&gt;A mask M says which keys each query may attend to: M&lt;sub&gt;i,j&lt;/sub&gt; = 1 allows the pair. Switch masks on at the left — causal (a decoder may not look ahead), padding (keys beyond the valid length are filler), window (truncated self-attention for long speech), graph (attend along the edges only). Click cells of M to switch single pairs. All are AND-ed: %1 of %2 pairs are allowed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;掩码 M 规定每个查询可以关注哪些键：M&lt;sub&gt;i,j&lt;/sub&gt; = 1 表示允许这一对。在左边打开各种掩码——因果（解码器不能向后看）、填充（超出有效长度的键只是填充）、窗口（长语音的截断自注意力）、图（只沿边关注）。点击 M 的格子可以切换单个的对。所有掩码取“与”：%2 对中有 %1 对被允许。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;A masked score is set to −∞ before softmax (grey cells), so e&lt;sup&gt;−∞&lt;/sup&gt; = 0 and the softmax renormalises over the allowed keys only: every row of α′ still sums to 1. Back in step 1 the mask can be changed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;被遮住的分数在 softmax 之前被设为 −∞（灰色格子），所以 e&lt;sup&gt;−∞&lt;/sup&gt; = 0，softmax 只在允许的键上重新归一化：α′ 的每一行的和仍然是 1。回到第 1 步可以修改掩码。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Full attention computes N² query–key pairs: doubling the sequence quadruples the work, which is why long speech is costly. A window of radius w computes about N(2w + 1), growing only linearly; causal attention halves N². For this sample (N = %1): full %2, causal %3, window of radius %4: %5 pairs.&lt;/p&gt;</source>
        <translation>&lt;p&gt;完整的注意力要计算 N² 个查询–键对：序列长度加倍，计算量变为四倍，这就是长语音代价高的原因。半径为 w 的窗口大约只计算 N(2w + 1) 对，只线性增长；因果注意力把 N² 减半。对这个样例（N = %1）：完整 %2，因果 %3，半径 %4 的窗口：%5 对。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Query–key pairs computed</source>
        <translation>计算的查询–键对数</translation>
    </message>
    <message>
        <source>sequence length N</source>
        <translation>序列长度 N</translation>
    </message>
    <message>
        <source>pairs (log scale)</source>
        <translation>对数（对数刻度）</translation>
    </message>
    <message>
        <source>full: N²</source>
        <translation>完整：N²</translation>
    </message>
    <message>
        <source>causal: N(N+1)/2</source>
        <translation>因果：N(N+1)/2</translation>
    </message>
    <message>
        <source>window, radius %1</source>
        <translation>窗口，半径 %1</translation>
    </message>
    <message>
        <source>Masks</source>
        <translation>掩码</translation>
    </message>
    <message>
        <source>&lt;br&gt;forbidden by %1: switch that mask off at the left to change this pair</source>
        <translation>&lt;br&gt;被%1禁止：先在左边关掉那个掩码，才能改变这一对</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n query(s) may attend to no key at all&lt;/b&gt; (marked ✕): their α′ row is 0 and their output b is the zero vector — never NaN.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n 个查询不能关注任何键&lt;/b&gt;（标记为 ✕）：它们的 α′ 行为 0，输出 b 是零向量——绝不会是 NaN。&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;No window mask is on: the chart and the numbers take radius %1 for comparison.&lt;/p&gt;</source>
        <translation>&lt;p&gt;没有打开窗口掩码：图和数字取半径 %1 作比较。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>al::MatrixFormLesson</name>
    <message>
        <source>1. Q = W^q I</source>
        <translation>1. Q = W^q I</translation>
    </message>
    <message>
        <source>2. K = W^k I</source>
        <translation>2. K = W^k I</translation>
    </message>
    <message>
        <source>3. V = W^v I</source>
        <translation>3. V = W^v I</translation>
    </message>
    <message>
        <source>4. A = KᵀQ</source>
        <translation>4. A = KᵀQ</translation>
    </message>
    <message>
        <source>5. A′ = softmax of each column of A</source>
        <translation>5. A′ = 对 A 的每一列做 softmax</translation>
    </message>
    <message>
        <source>6. O = V A′</source>
        <translation>6. O = V A′</translation>
    </message>
    <message>
        <source>1. Q = X W^qᵀ</source>
        <translation>1. Q = X W^qᵀ</translation>
    </message>
    <message>
        <source>2. K = X W^kᵀ</source>
        <translation>2. K = X W^kᵀ</translation>
    </message>
    <message>
        <source>3. V = X W^vᵀ</source>
        <translation>3. V = X W^vᵀ</translation>
    </message>
    <message>
        <source>4. S = QKᵀ</source>
        <translation>4. S = QKᵀ</translation>
    </message>
    <message>
        <source>5. A′ = softmax of each row of S</source>
        <translation>5. A′ = 对 S 的每一行做 softmax</translation>
    </message>
    <message>
        <source>6. O = A′ V</source>
        <translation>6. O = A′ V</translation>
    </message>
    <message>
        <source>input dimension</source>
        <translation>输入维度</translation>
    </message>
    <message>
        <source>token</source>
        <translation>词元</translation>
    </message>
    <message>
        <source>query</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>q/k dimension</source>
        <translation>q/k 维度</translation>
    </message>
    <message>
        <source>v dimension</source>
        <translation>v 维度</translation>
    </message>
    <message>
        <source>&lt;p&gt;Put the inputs side by side as the columns of I (d&lt;sub&gt;model&lt;/sub&gt; × N). Then one product gives every query at once: Q = W&lt;sup&gt;q&lt;/sup&gt; I, column i is q&lt;sup&gt;i&lt;/sup&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;把输入并排作为 I 的各列（d&lt;sub&gt;model&lt;/sub&gt; × N）。这样一次乘法就得到所有查询：Q = W&lt;sup&gt;q&lt;/sup&gt; I，第 i 列是 q&lt;sup&gt;i&lt;/sup&gt;。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The same for the keys: K = W&lt;sup&gt;k&lt;/sup&gt; I, column j is k&lt;sup&gt;j&lt;/sup&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;键也一样：K = W&lt;sup&gt;k&lt;/sup&gt; I，第 j 列是 k&lt;sup&gt;j&lt;/sup&gt;。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;And the values: V = W&lt;sup&gt;v&lt;/sup&gt; I, column j is v&lt;sup&gt;j&lt;/sup&gt;. W&lt;sup&gt;q&lt;/sup&gt;, W&lt;sup&gt;k&lt;/sup&gt; and W&lt;sup&gt;v&lt;/sup&gt; are the only parameters learned.&lt;/p&gt;</source>
        <translation>&lt;p&gt;还有值：V = W&lt;sup&gt;v&lt;/sup&gt; I，第 j 列是 v&lt;sup&gt;j&lt;/sup&gt;。W&lt;sup&gt;q&lt;/sup&gt;、W&lt;sup&gt;k&lt;/sup&gt; 和 W&lt;sup&gt;v&lt;/sup&gt; 是唯一需要学习的参数。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;All scores in one product: A = K&lt;sup&gt;T&lt;/sup&gt;Q. Entry (j, i) is k&lt;sup&gt;j&lt;/sup&gt;·q&lt;sup&gt;i&lt;/sup&gt;, so &lt;b&gt;column i belongs to query i&lt;/b&gt; and row j to key j.&lt;/p&gt;</source>
        <translation>&lt;p&gt;所有注意力分数在一次乘法中得到：A = K&lt;sup&gt;T&lt;/sup&gt;Q。元素 (j, i) 是 k&lt;sup&gt;j&lt;/sup&gt;·q&lt;sup&gt;i&lt;/sup&gt;，所以&lt;b&gt;第 i 列属于查询 i&lt;/b&gt;，第 j 行属于键 j。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Softmax (or ReLU) works down each column: the weights of query i add up to 1. A′ is the attention matrix.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Softmax（或 ReLU）沿每一列进行：查询 i 的权重之和为 1。A′ 就是注意力矩阵。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;O = V A′: column i of O is Σ&lt;sub&gt;j&lt;/sub&gt; α′&lt;sub&gt;i,j&lt;/sub&gt; v&lt;sup&gt;j&lt;/sup&gt; = b&lt;sup&gt;i&lt;/sup&gt;. The whole layer is three products, a normalisation and one more product.&lt;/p&gt;</source>
        <translation>&lt;p&gt;O = V A′：O 的第 i 列是 Σ&lt;sub&gt;j&lt;/sub&gt; α′&lt;sub&gt;i,j&lt;/sub&gt; v&lt;sup&gt;j&lt;/sup&gt; = b&lt;sup&gt;i&lt;/sup&gt;。整个层就是三次乘法、一次归一化，再加一次乘法。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Lecture (column) form: every vector is a column. View → Paper (row) form shows the same matrices transposed.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;讲义（列）形式：每个向量是一列。视图 → 论文（行）形式会显示转置后的同样矩阵。&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;In the paper every vector is a row: X (N × d&lt;sub&gt;model&lt;/sub&gt;) has row i = x&lt;sup&gt;i&lt;/sup&gt;, and Q = X W&lt;sup&gt;q T&lt;/sup&gt;, row i is q&lt;sup&gt;i&lt;/sup&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;在论文中每个向量是一行：X（N × d&lt;sub&gt;model&lt;/sub&gt;）的第 i 行是 x&lt;sup&gt;i&lt;/sup&gt;，Q = X W&lt;sup&gt;q T&lt;/sup&gt;，第 i 行是 q&lt;sup&gt;i&lt;/sup&gt;。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;K = X W&lt;sup&gt;k T&lt;/sup&gt;, row j is k&lt;sup&gt;j&lt;/sup&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;K = X W&lt;sup&gt;k T&lt;/sup&gt;，第 j 行是 k&lt;sup&gt;j&lt;/sup&gt;。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;V = X W&lt;sup&gt;v T&lt;/sup&gt;, row j is v&lt;sup&gt;j&lt;/sup&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;V = X W&lt;sup&gt;v T&lt;/sup&gt;，第 j 行是 v&lt;sup&gt;j&lt;/sup&gt;。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;S = QK&lt;sup&gt;T&lt;/sup&gt;: entry (i, j) is q&lt;sup&gt;i&lt;/sup&gt;·k&lt;sup&gt;j&lt;/sup&gt;, so &lt;b&gt;row i belongs to query i&lt;/b&gt;. It is the lecture's A transposed: S = A&lt;sup&gt;T&lt;/sup&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;S = QK&lt;sup&gt;T&lt;/sup&gt;：元素 (i, j) 是 q&lt;sup&gt;i&lt;/sup&gt;·k&lt;sup&gt;j&lt;/sup&gt;，所以&lt;b&gt;第 i 行属于查询 i&lt;/b&gt;。它就是讲义中 A 的转置：S = A&lt;sup&gt;T&lt;/sup&gt;。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Softmax along each row: the weights of query i add up to 1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;沿每一行做 softmax：查询 i 的权重之和为 1。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;O = A′V: row i of O is Σ&lt;sub&gt;j&lt;/sub&gt; α′&lt;sub&gt;i,j&lt;/sub&gt; v&lt;sup&gt;j&lt;/sup&gt; = b&lt;sup&gt;i&lt;/sup&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;O = A′V：O 的第 i 行是 Σ&lt;sub&gt;j&lt;/sub&gt; α′&lt;sub&gt;i,j&lt;/sub&gt; v&lt;sup&gt;j&lt;/sup&gt; = b&lt;sup&gt;i&lt;/sup&gt;。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Paper (row) form. View → Lecture (column) form shows the lecture's layout, where A = KᵀQ.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;论文（行）形式。视图 → 讲义（列）形式会显示讲义的排布，其中 A = KᵀQ。&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The matrix form</source>
        <translation>矩阵形式</translation>
    </message>
</context>
<context>
    <name>al::MatrixTableModel</name>
    <message>
        <source>“%1” is not a number: the cell keeps its value.</source>
        <translation>“%1”不是一个数：格子保留原来的值。</translation>
    </message>
</context>
<context>
    <name>al::ModelPanel</name>
    <message>
        <source>H, the number of heads. Each head attends with its own segment of q, k and v.</source>
        <translation>H，头的个数。每个头用 q、k、v 中属于自己的一段来做注意力。</translation>
    </message>
    <message>
        <source>d_k, the size of each head's queries and keys</source>
        <translation>d_k，每个头的查询和键的长度</translation>
    </message>
    <message>
        <source>d_v, the size of each head's values</source>
        <translation>d_v，每个头的值的长度</translation>
    </message>
    <message>
        <source>dot product  q·k</source>
        <translation>点积  q·k</translation>
    </message>
    <message>
        <source>scaled dot product  q·k / √d_k</source>
        <translation>缩放点积  q·k / √d_k</translation>
    </message>
    <message>
        <source>additive  w·tanh(q + k)</source>
        <translation>加性  w·tanh(q + k)</translation>
    </message>
    <message>
        <source>How a query and a key are turned into a score α</source>
        <translation>查询和键如何变成注意力分数 α</translation>
    </message>
    <message>
        <source>softmax</source>
        <translation>softmax</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>How the scores α become the weights α′</source>
        <translation>注意力分数 α 如何变成权重 α′</translation>
    </message>
    <message>
        <source>τ divides every score: below 1 sharpens the weights, above 1 flattens them</source>
        <translation>τ 除每个分数：小于 1 使权重更尖锐，大于 1 使权重更平坦</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>sinusoidal</source>
        <translation>正弦</translation>
    </message>
    <message>
        <source>learned</source>
        <translation>学习得到</translation>
    </message>
    <message>
        <source>The positional vectors eⁱ added to the inputs</source>
        <translation>加到输入上的位置向量 eⁱ</translation>
    </message>
    <message>
        <source>apply W^o to the concatenated heads</source>
        <translation>对拼接后的各头应用 W^o</translation>
    </message>
    <message>
        <source>The output projection b = W^o c</source>
        <translation>输出投影 b = W^o c</translation>
    </message>
    <message>
        <source>The seed of every weight the sample does not give</source>
        <translation>样例中未给出的所有权重所用的随机种子</translation>
    </message>
    <message>
        <source>New random weights</source>
        <translation>新的随机权重</translation>
    </message>
    <message>
        <source>Draw new weights from a new seed</source>
        <translation>用新的种子生成新的权重</translation>
    </message>
    <message>
        <source>Heads</source>
        <translation>头数</translation>
    </message>
    <message>
        <source>d_k</source>
        <translation>d_k</translation>
    </message>
    <message>
        <source>d_v</source>
        <translation>d_v</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>注意力分数</translation>
    </message>
    <message>
        <source>Normalisation</source>
        <translation>归一化</translation>
    </message>
    <message>
        <source>Temperature τ</source>
        <translation>温度 τ</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>The masks say which keys each query may attend to; every lesson's α′ goes through them</source>
        <translation>掩码规定每个查询可以关注哪些键；每一课的 α′ 都经过它们</translation>
    </message>
    <message>
        <source>Masks</source>
        <translation>掩码</translation>
    </message>
    <message>
        <source>none — compose them in the Masks lesson</source>
        <translation>无——可在“掩码”一课中组合</translation>
    </message>
    <message>
        <source>%1 — edit them in the Masks lesson</source>
        <translation>%1——可在“掩码”一课中修改</translation>
    </message>
</context>
<context>
    <name>al::MultiHeadLesson</name>
    <message>
        <source>1. Split q, k, v into H heads</source>
        <translation>1. 把 q、k、v 分成 H 个头</translation>
    </message>
    <message>
        <source>2. Every head attends on its own</source>
        <translation>2. 每个头各自做注意力</translation>
    </message>
    <message>
        <source>3. Every head gives its own bⁱ,ʰ</source>
        <translation>3. 每个头给出自己的 bⁱ,ʰ</translation>
    </message>
    <message>
        <source>4. Concatenate: cⁱ</source>
        <translation>4. 拼接：cⁱ</translation>
    </message>
    <message>
        <source>5. The output projection W^O</source>
        <translation>5. 输出投影 W^O</translation>
    </message>
    <message>
        <source>6. bⁱ = W^O cⁱ</source>
        <translation>6. bⁱ = W^O cⁱ</translation>
    </message>
    <message>
        <source>head</source>
        <translation>头</translation>
    </message>
    <message>
        <source>token</source>
        <translation>词元</translation>
    </message>
    <message>
        <source>&lt;p&gt;With one head this is exactly the single-head lesson: one segment, one α′, and b = c.&lt;/p&gt;</source>
        <translation>&lt;p&gt;只有一个头时，这正是单头的课：一段、一个 α′，且 b = c。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 in %2 segments</source>
        <translation>%1 分成 %2 段</translation>
    </message>
    <message>
        <source>dimension in the head</source>
        <translation>头内的维度</translation>
    </message>
    <message>
        <source>&lt;p&gt;q&lt;sup&gt;%1&lt;/sup&gt; = W&lt;sup&gt;q&lt;/sup&gt; a&lt;sup&gt;%1&lt;/sup&gt; has H·d&lt;sub&gt;k&lt;/sub&gt; = %2·%3 = %4 entries. Head h takes the h-th run of d&lt;sub&gt;k&lt;/sub&gt; consecutive entries (row h here); k and v are split the same way.&lt;/p&gt;&lt;p&gt;The lecture draws it as q&lt;sup&gt;i,h&lt;/sup&gt; = W&lt;sup&gt;q,h&lt;/sup&gt; q&lt;sup&gt;i&lt;/sup&gt;: that is the same thing, with W&lt;sup&gt;q,h&lt;/sup&gt; the matrix that picks out rows h·d&lt;sub&gt;k&lt;/sub&gt;+1 … (h+1)·d&lt;sub&gt;k&lt;/sub&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;q&lt;sup&gt;%1&lt;/sup&gt; = W&lt;sup&gt;q&lt;/sup&gt; a&lt;sup&gt;%1&lt;/sup&gt; 有 H·d&lt;sub&gt;k&lt;/sub&gt; = %2·%3 = %4 个分量。头 h 取第 h 段连续的 d&lt;sub&gt;k&lt;/sub&gt; 个分量（这里的第 h 行）；k 和 v 也这样切分。&lt;/p&gt;&lt;p&gt;讲义把它画成 q&lt;sup&gt;i,h&lt;/sup&gt; = W&lt;sup&gt;q,h&lt;/sup&gt; q&lt;sup&gt;i&lt;/sup&gt;：这是同一回事，其中 W&lt;sup&gt;q,h&lt;/sup&gt; 是挑出第 h·d&lt;sub&gt;k&lt;/sub&gt;+1 … (h+1)·d&lt;sub&gt;k&lt;/sub&gt; 行的矩阵。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>head %1: α′</source>
        <translation>头 %1：α′</translation>
    </message>
    <message>
        <source>head %1: %2 = %3: how much %4 attends to %5</source>
        <translation>头 %1：%2 = %3：%4 对 %5 的关注程度</translation>
    </message>
    <message>
        <source>&lt;p&gt;The first %1 heads are shown.&lt;/p&gt;</source>
        <translation>&lt;p&gt;只显示前 %1 个头。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 for every head h</source>
        <translation>每个头 h 的 %1</translation>
    </message>
    <message>
        <source>v dimension</source>
        <translation>v 维度</translation>
    </message>
    <message>
        <source>&lt;p&gt;Head h mixes its own value segments with its own weights: b&lt;sup&gt;%1,h&lt;/sup&gt; = Σ&lt;sub&gt;j&lt;/sub&gt; α′&lt;sup&gt;h&lt;/sup&gt;&lt;sub&gt;%1,j&lt;/sub&gt; v&lt;sup&gt;j,h&lt;/sup&gt;. Row h is head h's output.&lt;/p&gt;</source>
        <translation>&lt;p&gt;头 h 用自己的权重混合自己的值段：b&lt;sup&gt;%1,h&lt;/sup&gt; = Σ&lt;sub&gt;j&lt;/sub&gt; α′&lt;sup&gt;h&lt;/sup&gt;&lt;sub&gt;%1,j&lt;/sub&gt; v&lt;sup&gt;j,h&lt;/sup&gt;。第 h 行是头 h 的输出。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>c: the heads' outputs side by side  (%1 × %2)</source>
        <translation>c：各头的输出并排  (%1 × %2)</translation>
    </message>
    <message>
        <source>entry of c</source>
        <translation>c 的分量</translation>
    </message>
    <message>
        <source>&lt;p&gt;The heads' outputs are put end to end: c&lt;sup&gt;%1&lt;/sup&gt; = [b&lt;sup&gt;%1,1&lt;/sup&gt;; …; b&lt;sup&gt;%1,%2&lt;/sup&gt;] has H·d&lt;sub&gt;v&lt;/sub&gt; = %3 entries. Columns 1–%4 come from head 1, and so on.&lt;/p&gt;</source>
        <translation>&lt;p&gt;各头的输出首尾相接：c&lt;sup&gt;%1&lt;/sup&gt; = [b&lt;sup&gt;%1,1&lt;/sup&gt;; …; b&lt;sup&gt;%1,%2&lt;/sup&gt;] 有 H·d&lt;sub&gt;v&lt;/sub&gt; = %3 个分量。第 1–%4 列来自头 1，依此类推。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>W^O  (%1 × %2)</source>
        <translation>W^O  (%1 × %2)</translation>
    </message>
    <message>
        <source>output dimension</source>
        <translation>输出维度</translation>
    </message>
    <message>
        <source>&lt;p&gt;W&lt;sup&gt;O&lt;/sup&gt; (d&lt;sub&gt;model&lt;/sub&gt; × H·d&lt;sub&gt;v&lt;/sub&gt;) mixes the heads: every output entry is a weighted sum over all heads' entries. It is learned like W&lt;sup&gt;q&lt;/sup&gt;, W&lt;sup&gt;k&lt;/sup&gt;, W&lt;sup&gt;v&lt;/sup&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;W&lt;sup&gt;O&lt;/sup&gt;（d&lt;sub&gt;model&lt;/sub&gt; × H·d&lt;sub&gt;v&lt;/sub&gt;）混合各个头：每个输出分量都是所有头的分量的加权和。它和 W&lt;sup&gt;q&lt;/sup&gt;、W&lt;sup&gt;k&lt;/sup&gt;、W&lt;sup&gt;v&lt;/sup&gt; 一样是学习得到的。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;This model has no output projection (Model → Output): b = c. Switch it on to see W&lt;sup&gt;O&lt;/sup&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;这个模型没有输出投影（模型 → 输出）：b = c。打开它就能看到 W&lt;sup&gt;O&lt;/sup&gt;。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>c (the heads, concatenated)</source>
        <translation>c（各头拼接）</translation>
    </message>
    <message>
        <source>b = W^O c</source>
        <translation>b = W^O c</translation>
    </message>
    <message>
        <source>b = c (no projection)</source>
        <translation>b = c（无投影）</translation>
    </message>
    <message>
        <source>&lt;p&gt;b&lt;sup&gt;%1&lt;/sup&gt; = W&lt;sup&gt;O&lt;/sup&gt; c&lt;sup&gt;%1&lt;/sup&gt; = %2: back to d&lt;sub&gt;model&lt;/sub&gt; = %3 entries, ready for the next layer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;b&lt;sup&gt;%1&lt;/sup&gt; = W&lt;sup&gt;O&lt;/sup&gt; c&lt;sup&gt;%1&lt;/sup&gt; = %2：回到 d&lt;sub&gt;model&lt;/sub&gt; = %3 个分量，可以送入下一层。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;b&lt;sup&gt;%1&lt;/sup&gt; = c&lt;sup&gt;%1&lt;/sup&gt; = %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;b&lt;sup&gt;%1&lt;/sup&gt; = c&lt;sup&gt;%1&lt;/sup&gt; = %2。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Multi-head self-attention</source>
        <translation>多头自注意力</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;Each head scores its own q segments against its own k segments and normalises on its own: %n different attention pattern(s) over the same tokens, one for each kind of “relevance” the heads learned.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;每个头用自己的 q 段和自己的 k 段打分，并各自归一化：在同样的词元上得到 %n 种不同的注意力模式，每个头学到一种“相关性”。&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>al::NumberDelegate</name>
    <message>
        <source>“%1” is not a number. Type one such as 0.5, −2 or 1e−3, or press Esc to keep the old value.</source>
        <translation>“%1”不是一个数。请输入像 0.5、−2 或 1e−3 这样的数，或按 Esc 保留原来的值。</translation>
    </message>
</context>
<context>
    <name>al::PlotView</name>
    <message>
        <source>Save image…</source>
        <translation>保存图片…</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>复制图片</translation>
    </message>
    <message>
        <source>Include hover and selection in pictures</source>
        <translation>图片中包含悬停和选择的标记</translation>
    </message>
    <message>
        <source>Save image</source>
        <translation>保存图片</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>缩放</translation>
    </message>
    <message>
        <source>Scale factor (2 or 3 for slides):</source>
        <translation>缩放倍数（幻灯片用 2 或 3）：</translation>
    </message>
</context>
<context>
    <name>al::PngFrames</name>
    <message>
        <source>Cannot write %1: an animation needs at least one frame</source>
        <translation>无法写入 %1：动画至少需要一帧</translation>
    </message>
    <message>
        <source>Cannot write %1: the frame is empty</source>
        <translation>无法写入 %1：这一帧是空的</translation>
    </message>
</context>
<context>
    <name>al::PositionalLesson</name>
    <message>
        <source>dimensions from </source>
        <translation>起始维度 </translation>
    </message>
    <message>
        <source>Which dimensions of eⁱ the curves show: this one and the next three</source>
        <translation>曲线显示 eⁱ 的哪些维度：这一维和之后三维</translation>
    </message>
    <message>
        <source>Curves:</source>
        <translation>曲线：</translation>
    </message>
    <message>
        <source>1. Sinusoidal positional vectors eⁱ</source>
        <translation>1. 正弦位置向量 eⁱ</translation>
    </message>
    <message>
        <source>2. Or learned vectors</source>
        <translation>2. 或者学习得到的向量</translation>
    </message>
    <message>
        <source>3. The layer sees xⁱ = aⁱ + eⁱ</source>
        <translation>3. 层看到的是 xⁱ = aⁱ + eⁱ</translation>
    </message>
    <message>
        <source>4. α′ without and with positions</source>
        <translation>4. 不加与加位置时的 α′</translation>
    </message>
    <message>
        <source>5. Shuffle the tokens, no positions: 天涯若比邻</source>
        <translation>5. 打乱词元，不加位置：天涯若比邻</translation>
    </message>
    <message>
        <source>6. Shuffle the tokens, with positions</source>
        <translation>6. 打乱词元，加上位置</translation>
    </message>
    <message>
        <source>eⁱ[d] against the position i</source>
        <translation>eⁱ[d] 随位置 i 的变化</translation>
    </message>
    <message>
        <source>position i</source>
        <translation>位置 i</translation>
    </message>
    <message>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>dimension %1 (%2)</source>
        <translation>维度 %1（%2）</translation>
    </message>
    <message>
        <source>token</source>
        <translation>词元</translation>
    </message>
    <message>
        <source>dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>query</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Sinusoidal eⁱ  (%1 positions × %2)</source>
        <translation>正弦 eⁱ  （%1 个位置 × %2）</translation>
    </message>
    <message>
        <source>position</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>&lt;p&gt;The Transformer paper gives position i the vector e&lt;sup&gt;i&lt;/sup&gt; with e&lt;sup&gt;i&lt;/sup&gt;[2m] = sin(i / 10000&lt;sup&gt;2m/d&lt;/sup&gt;) and e&lt;sup&gt;i&lt;/sup&gt;[2m+1] = cos(i / 10000&lt;sup&gt;2m/d&lt;/sup&gt;). Early dimensions oscillate fast, later ones slowly, so every position gets a different pattern — like the digits of a clock.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Transformer 论文给位置 i 的向量 e&lt;sup&gt;i&lt;/sup&gt; 为 e&lt;sup&gt;i&lt;/sup&gt;[2m] = sin(i / 10000&lt;sup&gt;2m/d&lt;/sup&gt;)，e&lt;sup&gt;i&lt;/sup&gt;[2m+1] = cos(i / 10000&lt;sup&gt;2m/d&lt;/sup&gt;)。前面的维度振荡得快，后面的慢，所以每个位置都有不同的模式——就像时钟上的各位数字。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Sinusoidal eⁱ</source>
        <translation>正弦 eⁱ</translation>
    </message>
    <message>
        <source>Learned eⁱ (random from the seed)</source>
        <translation>学习得到的 eⁱ（由种子随机生成）</translation>
    </message>
    <message>
        <source>&lt;p&gt;Positional vectors can also be learned like the weights: one free vector per position. Here they are random, as before training. Which kind is best is still open (the notes: “尚待研究的问题”). This model uses: &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;位置向量也可以像权重一样学习：每个位置一个自由的向量。这里它们是随机的，就像训练之前。哪一种最好仍是“尚待研究的问题”。这个模型使用：&lt;b&gt;%1&lt;/b&gt;。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>aⁱ</source>
        <translation>aⁱ</translation>
    </message>
    <message>
        <source>eⁱ (%1)</source>
        <translation>eⁱ（%1）</translation>
    </message>
    <message>
        <source>xⁱ = aⁱ + eⁱ</source>
        <translation>xⁱ = aⁱ + eⁱ</translation>
    </message>
    <message>
        <source>&lt;p&gt;The positional vector is simply added: x&lt;sup&gt;i&lt;/sup&gt; = a&lt;sup&gt;i&lt;/sup&gt; + e&lt;sup&gt;i&lt;/sup&gt;, and everything after — q, k, v, α — is computed from x. Hover a cell: the same cell of the others is outlined.&lt;/p&gt;</source>
        <translation>&lt;p&gt;位置向量直接相加：x&lt;sup&gt;i&lt;/sup&gt; = a&lt;sup&gt;i&lt;/sup&gt; + e&lt;sup&gt;i&lt;/sup&gt;，之后的一切——q、k、v、α——都由 x 算出。把指针停在一个格子上：其他图中的同一个格子会被框出。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;This model uses none; shown is what sinusoidal encoding would add.&lt;/p&gt;</source>
        <translation>&lt;p&gt;这个模型不使用位置编码；这里显示的是正弦编码会加上的内容。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>α′ without positions (head 1)</source>
        <translation>不加位置的 α′（头 1）</translation>
    </message>
    <message>
        <source>α′ with %1 positions (head 1)</source>
        <translation>加上%1位置的 α′（头 1）</translation>
    </message>
    <message>
        <source>&lt;p&gt;Without positions, two equal tokens get equal rows of α′ wherever they stand. With positions added, the same words attend differently depending on where they are.&lt;/p&gt;</source>
        <translation>&lt;p&gt;没有位置信息时，两个相同的词元无论在哪里，α′ 的行都相同。加上位置后，同样的词会因所处位置不同而关注不同的内容。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>output dimension</source>
        <translation>输出维度</translation>
    </message>
    <message>
        <source>no positions</source>
        <translation>无位置</translation>
    </message>
    <message>
        <source>b in the original order (%1)</source>
        <translation>原顺序的 b（%1）</translation>
    </message>
    <message>
        <source>b of the reversed tokens</source>
        <translation>倒序词元的 b</translation>
    </message>
    <message>
        <source>difference, matched token by token</source>
        <translation>差值，逐个词元对应</translation>
    </message>
    <message>
        <source>&lt;p&gt;The tokens are fed in reverse order (masks left out). Without positional encoding every output is the same as before, only in the reversed order: the difference is zero everywhere (largest %1). Self-attention alone does not know where a token stands — 天涯若比邻: far or near, it is all the same.&lt;/p&gt;</source>
        <translation>&lt;p&gt;把词元倒序输入（不含掩码）。没有位置编码时，每个输出都和之前一样，只是顺序倒过来：差值处处为零（最大 %1）。单靠自注意力并不知道词元在哪里——天涯若比邻：远也好，近也好，都一样。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The same shuffle with %1 positional vectors: position 1 keeps e&lt;sup&gt;1&lt;/sup&gt; whichever token stands there, so the outputs change, not just their order (largest difference %2). Now order matters.&lt;/p&gt;</source>
        <translation>&lt;p&gt;用%1位置向量做同样的打乱：位置 1 无论站着哪个词元都保留 e&lt;sup&gt;1&lt;/sup&gt;，所以输出本身改变了，而不只是顺序（最大差值 %2）。现在顺序有意义了。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Positional encoding</source>
        <translation>位置编码</translation>
    </message>
</context>
<context>
    <name>al::RnnControls</name>
    <message>
        <source>Step through time: the RNN computes one hᵗ per step, self-attention all bᵗ in its one step</source>
        <translation>按时间逐步推进：RNN 每一步算出一个 hᵗ，自注意力在它唯一的一步中算出所有 bᵗ</translation>
    </message>
    <message>
        <source>The time step shown: 0 is before the first</source>
        <translation>显示的时间步：0 表示第一步之前</translation>
    </message>
    <message>
        <source>time step</source>
        <translation>时间步</translation>
    </message>
    <message>
        <source>The input aˢ the path starts from; the window's query chooses the output t</source>
        <translation>路径起点的输入 aˢ；窗口的查询选择输出 t</translation>
    </message>
    <message>
        <source>path from input</source>
        <translation>路径起点</translation>
    </message>
    <message>
        <source>γ, the factor W_h is multiplied by: how strongly hᵗ⁻¹ carries into hᵗ</source>
        <translation>γ：W_h 所乘的系数，决定 hᵗ⁻¹ 传到 hᵗ 的强弱</translation>
    </message>
    <message>
        <source>memory's strength</source>
        <translation>记忆的强度</translation>
    </message>
    <message>
        <source>log scale</source>
        <translation>对数刻度</translation>
    </message>
    <message>
        <source>Influence on a log₁₀ scale: small values apart, zeros as gaps</source>
        <translation>以 log₁₀ 刻度显示影响：分辨很小的值，零显示为空格</translation>
    </message>
    <message>
        <source>the one bᵗ reads most</source>
        <translation>bᵗ 最依赖的那个</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1 / %2 步</translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation>❚❚ 暂停</translation>
    </message>
    <message>
        <source>▶ Animate</source>
        <translation>▶ 动画</translation>
    </message>
    <message>
        <source>W_h × %1</source>
        <translation>W_h × %1</translation>
    </message>
</context>
<context>
    <name>al::RnnLesson</name>
    <message>
        <source> (log₁₀)</source>
        <translation>（log₁₀）</translation>
    </message>
    <message>
        <source>RNN: ‖∂hᵗ/∂aˢ‖%1</source>
        <translation>RNN：‖∂hᵗ/∂aˢ‖%1</translation>
    </message>
    <message>
        <source>Self-attention: ‖∂bᵗ/∂aˢ‖%1</source>
        <translation>自注意力：‖∂bᵗ/∂aˢ‖%1</translation>
    </message>
    <message>
        <source>RNN with W_h × %1: ‖∂hᵗ/∂aˢ‖%2</source>
        <translation>W_h × %1 的 RNN：‖∂hᵗ/∂aˢ‖%2</translation>
    </message>
    <message>
        <source>Self-attention versus RNN</source>
        <translation>自注意力与 RNN</translation>
    </message>
    <message>
        <source>1. One after another, or all at once</source>
        <translation>1. 依次产生，还是一次全部产生</translation>
    </message>
    <message>
        <source>2. How far can each output see?</source>
        <translation>2. 每个输出能看多远？</translation>
    </message>
    <message>
        <source>3. The memory's strength</source>
        <translation>3. 记忆的强度</translation>
    </message>
    <message>
        <source>4. Path length</source>
        <translation>4. 路径长度</translation>
    </message>
    <message>
        <source>Mean influence against distance</source>
        <translation>平均影响随距离的变化</translation>
    </message>
    <message>
        <source>distance |t − s| between output t and input s</source>
        <translation>输出 t 与输入 s 的距离 |t − s|</translation>
    </message>
    <message>
        <source>mean ‖∂out/∂a‖ (log scale)</source>
        <translation>平均 ‖∂out/∂a‖（对数刻度）</translation>
    </message>
    <message>
        <source>RNN, W_h × %1</source>
        <translation>RNN，W_h × %1</translation>
    </message>
    <message>
        <source>RNN, W_h × 1</source>
        <translation>RNN，W_h × 1</translation>
    </message>
    <message>
        <source>RNN</source>
        <translation>RNN</translation>
    </message>
    <message>
        <source>self-attention</source>
        <translation>自注意力</translation>
    </message>
    <message>
        <source>RNN: hᵗ = tanh(W_x aᵗ + W_h hᵗ⁻¹ + b)</source>
        <translation>RNN：hᵗ = tanh(W_x aᵗ + W_h hᵗ⁻¹ + b)</translation>
    </message>
    <message>
        <source>Self-attention: bᵗ = Σₛ α′ₜ,ₛ vˢ</source>
        <translation>自注意力：bᵗ = Σₛ α′ₜ,ₛ vˢ</translation>
    </message>
    <message>
        <source>output hᵗ</source>
        <translation>输出 hᵗ</translation>
    </message>
    <message>
        <source>output bᵗ (query)</source>
        <translation>输出 bᵗ（查询）</translation>
    </message>
    <message>
        <source>input aˢ</source>
        <translation>输入 aˢ</translation>
    </message>
    <message>
        <source>input aˢ (key)</source>
        <translation>输入 aˢ（键）</translation>
    </message>
    <message>
        <source>‖∂%1/∂%2‖ = %3</source>
        <translation>‖∂%1/∂%2‖ = %3</translation>
    </message>
    <message>
        <source>%1: %2 is computed before %3 is read</source>
        <translation>%1：%2 在读入 %3 之前就已算出</translation>
    </message>
    <message>
        <source>%1: the mask keeps %2 from %3</source>
        <translation>%1：掩码不让 %3 看到 %2</translation>
    </message>
    <message>
        <source>influence ‖∂out/∂a‖ (log scale)</source>
        <translation>影响 ‖∂out/∂a‖（对数刻度）</translation>
    </message>
    <message>
        <source>influence ‖∂out/∂a‖</source>
        <translation>影响 ‖∂out/∂a‖</translation>
    </message>
    <message>
        <source>zero</source>
        <translation>零</translation>
    </message>
    <message>
        <source>%1 times smaller</source>
        <translation>小了 %1 倍</translation>
    </message>
    <message>
        <source>%1 times larger</source>
        <translation>大了 %1 倍</translation>
    </message>
    <message>
        <source>about the same</source>
        <translation>大致相同</translation>
    </message>
    <message>
        <source>&lt;p&gt;This sentence has %1 tokens. The exact influence of every input on every output is computed for up to %2 tokens (N² blocks of the Jacobian): open a shorter one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;这个句子有 %1 个词元。每个输入对每个输出的精确影响最多只对 %2 个词元计算（雅可比矩阵的 N² 个块）：请打开一个更短的句子。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>sequential steps: 0 of %1 — nothing computed yet</source>
        <translation>顺序步数：%1 步中的 0 步——还什么都没算</translation>
    </message>
    <message>
        <source>sequential steps: 1 of %1 — h¹ from a¹ alone</source>
        <translation>顺序步数：%1 步中的 1 步——h¹ 只由 a¹ 算出</translation>
    </message>
    <message>
        <source>sequential steps: %1 of %2 — %3 had to wait for %4</source>
        <translation>顺序步数：%2 步中的 %1 步——%3 必须等 %4 算完</translation>
    </message>
    <message>
        <source>sequential steps: 0 of 1 — nothing computed yet</source>
        <translation>顺序步数：1 步中的 0 步——还什么都没算</translation>
    </message>
    <message>
        <source>sequential steps: 1 of 1 — all %1 outputs at once</source>
        <translation>顺序步数：1 步中的 1 步——%1 个输出一次全部算出</translation>
    </message>
    <message>
        <source>no path: the RNN reads left to right</source>
        <translation>没有路径：RNN 从左往右读</translation>
    </message>
    <message>
        <source>no path: the mask keeps them apart</source>
        <translation>没有路径：掩码把它们隔开</translation>
    </message>
    <message>
        <source>path length: %1</source>
        <translation>路径长度：%1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Time step 0: nothing is computed yet. Press &lt;b&gt;▶ Animate&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;时间步 0：还什么都没算。按 &lt;b&gt;▶ 动画&lt;/b&gt;。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Time step %1: the RNN has %2 of its %3 states; self-attention finished in its first step. Press &lt;b&gt;▶ Animate&lt;/b&gt;, or drag the time step.&lt;/p&gt;</source>
        <translation>&lt;p&gt;时间步 %1：RNN 已有 %3 个状态中的 %2 个；自注意力在第一步就已完成。按 &lt;b&gt;▶ 动画&lt;/b&gt;，或拖动时间步。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Time step %1: the RNN has just finished, %1 steps after self-attention did. Press &lt;b&gt;▶ Animate&lt;/b&gt; to watch it again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;时间步 %1：RNN 刚刚算完，比自注意力晚了 %1 步。按 &lt;b&gt;▶ 动画&lt;/b&gt; 再看一遍。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Each cell is the exact &lt;b&gt;influence&lt;/b&gt; I&lt;sub&gt;t,s&lt;/sub&gt; = ‖∂out&lt;sup&gt;t&lt;/sup&gt;/∂a&lt;sup&gt;s&lt;/sup&gt;‖ of input s on output t: how far the output moves when the input moves, the size of that block of the Jacobian (computed by backward passes).&lt;/p&gt;</source>
        <translation>&lt;p&gt;每个格子是输入 s 对输出 t 的精确&lt;b&gt;影响&lt;/b&gt; I&lt;sub&gt;t,s&lt;/sub&gt; = ‖∂out&lt;sup&gt;t&lt;/sup&gt;/∂a&lt;sup&gt;s&lt;/sup&gt;‖：输入变动时输出变动多少，即雅可比矩阵中那一块的大小（由反向传播算出）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;With one token there is no distance to compare.&lt;/p&gt;</source>
        <translation>&lt;p&gt;只有一个词元时没有距离可比。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;RNN&lt;/b&gt; (left): aˢ reaches hᵗ only through hˢ, hˢ⁺¹, …, hᵗ, one multiplication by W_h and tanh′ per step. On average an input moves its own state by %1 and the state %2 steps later by %3: &lt;b&gt;%4&lt;/b&gt;. Above the diagonal I = 0: hᵗ is computed before aˢ is read.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;RNN&lt;/b&gt;（左）：aˢ 只能经过 hˢ、hˢ⁺¹、…、hᵗ 到达 hᵗ，每一步乘一次 W_h 和 tanh′。平均而言，一个输入让它自己的状态变动 %1，让 %2 步之后的状态变动 %3：&lt;b&gt;%4&lt;/b&gt;。对角线以上 I = 0：hᵗ 在读入 aˢ 之前就已算出。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;What carries hᵗ⁻¹ into hᵗ is W_h: ∂hᵗ/∂hᵗ⁻¹ = Dₜ W_h, with Dₜ = diag(1 − (hᵗ)²) from tanh. An input d steps back reaches the output through d such factors, so its influence shrinks or grows like their product.&lt;/p&gt;</source>
        <translation>&lt;p&gt;把 hᵗ⁻¹ 带进 hᵗ 的是 W_h：∂hᵗ/∂hᵗ⁻¹ = Dₜ W_h，其中 Dₜ = diag(1 − (hᵗ)²) 来自 tanh。d 步之前的输入要经过 d 个这样的因子才能到达输出，所以它的影响像这些因子的乘积一样缩小或增大。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Here W_h × %1: its largest |eigenvalue| is ρ = %2, and tanh keeps on average 1 − h² = %3 of each step. </source>
        <translation>&lt;p&gt;这里是 W_h × %1：它最大的 |特征值| 是 ρ = %2，tanh 平均保留每一步的 1 − h² = %3。</translation>
    </message>
    <message>
        <source>&lt;p&gt;It &lt;b&gt;vanishes&lt;/b&gt;: far inputs are all but forgotten. This is why the notes say the RNN must keep the leftmost input in its memory “都不能够忘掉” — without forgetting — all the way to the right.&lt;/p&gt;</source>
        <translation>&lt;p&gt;影响&lt;b&gt;消失&lt;/b&gt;了：远处的输入几乎被忘光。这就是讲义说 RNN 必须把最左边的输入存在 memory 中“都不能够忘掉”、一路带到最右边的原因。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;It &lt;b&gt;blows up&lt;/b&gt;: far inputs move the output more than near ones, and gradients that grow like this make training unstable. Only tanh's saturation (1 − h² → 0) holds it back.&lt;/p&gt;</source>
        <translation>&lt;p&gt;影响&lt;b&gt;爆炸&lt;/b&gt;了：远处的输入比近处的更能改变输出，像这样增长的梯度会让训练不稳定。只有 tanh 的饱和（1 − h² → 0）在抑制它。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;It &lt;b&gt;carries&lt;/b&gt;, neither vanishing nor blowing up: a memory balanced on the edge, which training rarely keeps.&lt;/p&gt;</source>
        <translation>&lt;p&gt;影响&lt;b&gt;得以传递&lt;/b&gt;，既不消失也不爆炸：一种处在边缘上的平衡记忆，训练很难保持住。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;With W_h × 0 there is no memory at all: hᵗ depends on aᵗ alone.&lt;/p&gt;</source>
        <translation>&lt;p&gt;W_h × 0 时完全没有记忆：hᵗ 只取决于 aᵗ。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Drag &lt;i&gt;memory's strength&lt;/i&gt;. Self-attention's line does not move: it has no W_h, and every input is one step from every output.&lt;/p&gt;</source>
        <translation>&lt;p&gt;拖动&lt;i&gt;记忆的强度&lt;/i&gt;。自注意力的线不会动：它没有 W_h，每个输入到每个输出都只有一步。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;RNN&lt;/b&gt;: no path. %1 is computed before %2 is read: the RNN reads left to right (a bidirectional RNN adds a second chain from the right).&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;RNN&lt;/b&gt;：没有路径。%1 在读入 %2 之前就已算出：RNN 从左往右读（双向 RNN 会再加一条从右往左的链）。&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;Self-attention&lt;/b&gt;: no path — the sample's mask keeps %1 from %2.&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;自注意力&lt;/b&gt;：没有路径——样本的掩码不让 %2 看到 %1。&lt;/li&gt;</translation>
    </message>
    <message>
        <source>%1: how far %2 moves when %3 moves (at distance %4)</source>
        <translation>%1：%3 变动时 %2 变动多少（距离 %4）</translation>
    </message>
    <message>
        <source>Influence against distance |t − s| (dots: each pair; line: their mean)</source>
        <translation>影响随距离 |t − s| 的变化（点：每一对；线：平均）</translation>
    </message>
    <message>
        <source>&lt;p&gt;An &lt;b&gt;RNN&lt;/b&gt; reads the sentence one vector after another: hᵗ = tanh(W_x aᵗ + W_h hᵗ⁻¹ + b) needs hᵗ⁻¹ first, so its %1 outputs take &lt;b&gt;%1 sequential steps&lt;/b&gt;, however many processors there are. &lt;b&gt;Self-attention&lt;/b&gt; computes every bᵗ from all the inputs at once — Q, K, V, A′ and O are matrix products — so its %1 outputs take &lt;b&gt;1 step&lt;/b&gt;, in parallel: “Self-attention 可以并行处理所有的输出，效率更高”; “RNN 无法并行化，必须依次产生” (note 001 §5.3.2).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;RNN&lt;/b&gt; 一个向量接一个向量地读句子：hᵗ = tanh(W_x aᵗ + W_h hᵗ⁻¹ + b) 要先有 hᵗ⁻¹，所以它的 %1 个输出需要 &lt;b&gt;%1 个顺序步&lt;/b&gt;，不管有多少处理器。&lt;b&gt;自注意力&lt;/b&gt;一次由所有输入算出每个 bᵗ——Q、K、V、A′ 和 O 都是矩阵乘法——所以它的 %1 个输出只需 &lt;b&gt;1 步&lt;/b&gt;，并行完成：“Self-attention 可以并行处理所有的输出，效率更高”；“RNN 无法并行化，必须依次产生”（讲义 001 §5.3.2）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Self-attention&lt;/b&gt; (right): bᵗ reads every aˢ in one step, so distance does not decide: content does, through α′.</source>
        <translation>&lt;p&gt;&lt;b&gt;自注意力&lt;/b&gt;（右）：bᵗ 在一步之内读取每个 aˢ，所以决定影响的不是距离，而是内容（通过 α′）。</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Self-attention&lt;/b&gt; (right): bᵗ reads every aˢ the sample's mask allows in one step, so within the mask distance does not decide: content does, through α′. The mask forbids %1 of the %2 pairs: their influence is 0, and the chart leaves them out, as it leaves out the RNN's inputs not yet read.</source>
        <translation>&lt;p&gt;&lt;b&gt;自注意力&lt;/b&gt;（右）：bᵗ 在一步之内读取样本掩码允许的每个 aˢ，所以在掩码之内决定影响的不是距离，而是内容（通过 α′）。掩码禁止了 %2 对中的 %1 对：它们的影响为 0，图中不画出它们，就像不画出 RNN 还没读到的输入一样。</translation>
    </message>
    <message>
        <source> Beyond distance 0 its mean influence is largest at distance %1: %2, against the RNN's %3 there.</source>
        <translation>距离大于 0 时，它的平均影响在距离 %1 处最大：%2，而 RNN 在那里只有 %3。</translation>
    </message>
    <message>
        <source> Leaving itself out, output %1 %2 depends most on %3 %4, at distance %5: I = %6 in self-attention, while the RNN has not read it yet when it computes %7 (I = 0).</source>
        <translation>除它自己以外，输出 %1 %2 最依赖 %3 %4，距离 %5：自注意力中 I = %6，而 RNN 算 %7 时还没读到它（I = 0）。</translation>
    </message>
    <message>
        <source> Leaving itself out, output %1 %2 depends most on %3 %4, at distance %5: I = %6 in self-attention, against %7 in the RNN.</source>
        <translation>除它自己以外，输出 %1 %2 最依赖 %3 %4，距离 %5：自注意力中 I = %6，而 RNN 中只有 %7。</translation>
    </message>
    <message>
        <source>&lt;p&gt;Below, every pair's influence against its distance |t − s|, with the mean at each distance. Click a cell to follow its output t (and to draw the path from its input s in step 4); tick &lt;i&gt;log scale&lt;/i&gt; to tell the small values apart.&lt;/p&gt;</source>
        <translation>&lt;p&gt;下方是每一对的影响随其距离 |t − s| 的变化，以及每个距离上的平均值。点击一个格子可以跟随它的输出 t（并在第 4 步画出从它的输入 s 出发的路径）；勾选&lt;i&gt;对数刻度&lt;/i&gt;可以分辨很小的值。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Per step the influence changes by a factor of about %1 on average (%2 at distance 0, %3 at distance %4). ρ and 1 − h² only guide: the factor also depends on the directions the vectors take through W_h, and on which states tanh squeezes.&lt;/p&gt;</source>
        <translation>影响平均每一步约乘以 %1（距离 0 处为 %2，距离 %4 处为 %3）。ρ 和 1 − h² 只是参考：这个因子还取决于向量经过 W_h 时的方向，以及 tanh 压缩了哪些状态。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;From %1 %2 to output %3 %4, at distance %5:&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;从 %1 %2 到输出 %3 %4，距离 %5：&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;RNN&lt;/b&gt;: %1 → %2 directly, no step along the chain (path length 0); I = %3.&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;RNN&lt;/b&gt;：%1 → %2 直接相连，不沿链走（路径长度 0）；I = %3。&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;RNN&lt;/b&gt;: %1 → %2 → … → %3, path length &lt;b&gt;%4&lt;/b&gt; along the chain, each step through W_h and tanh; what arrives is I = %5.&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;RNN&lt;/b&gt;：%1 → %2 → … → %3，沿着链的路径长度为 &lt;b&gt;%4&lt;/b&gt;，每一步都经过 W_h 和 tanh；到达的影响是 I = %5。&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;Self-attention&lt;/b&gt;: %1 → %2 directly, path length &lt;b&gt;1&lt;/b&gt; whatever the distance; I = %3.&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;自注意力&lt;/b&gt;：%1 → %2 直接相连，不论距离多远，路径长度都是 &lt;b&gt;1&lt;/b&gt;；I = %3。&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;/ul&gt;&lt;p&gt;The longest path between two positions is |t − s| for the RNN and 1 for self-attention wherever the mask allows the pair: “它可以在整个sequence 上非常远的vector之间轻易地抽取信息”. </source>
        <translation>&lt;/ul&gt;&lt;p&gt;两个位置之间的最长路径，RNN 是 |t − s|，自注意力在掩码允许的地方是 1：“它可以在整个sequence 上非常远的vector之间轻易地抽取信息”。</translation>
    </message>
    <message>
        <source>&lt;/ul&gt;&lt;p&gt;The longest path between two positions is |t − s| for the RNN and 1 for self-attention: “它可以在整个sequence 上非常远的vector之间轻易地抽取信息”. </source>
        <translation>&lt;/ul&gt;&lt;p&gt;两个位置之间的最长路径，RNN 是 |t − s|，自注意力是 1：“它可以在整个sequence 上非常远的vector之间轻易地抽取信息”。</translation>
    </message>
    <message>
        <source>Choose the input with &lt;i&gt;path from input&lt;/i&gt; (or a click on a cell of step 2's maps) and the output with the query.&lt;/p&gt;</source>
        <translation>用&lt;i&gt;路径起点&lt;/i&gt;选择输入（或点击第 2 步图中的一个格子），用查询选择输出。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>al::ScoringLesson</name>
    <message>
        <source>1. Dot, scaled dot and additive scores</source>
        <translation>1. 点积、缩放点积与加性分数</translation>
    </message>
    <message>
        <source>2. Softmax or ReLU</source>
        <translation>2. Softmax 或 ReLU</translation>
    </message>
    <message>
        <source>3. Temperature τ</source>
        <translation>3. 温度 τ</translation>
    </message>
    <message>
        <source>4. Why √d_k: q·k spreads with d_k</source>
        <translation>4. 为什么要 √d_k：q·k 随 d_k 变宽</translation>
    </message>
    <message>
        <source>5. Why √d_k: softmax saturates</source>
        <translation>5. 为什么要 √d_k：softmax 会饱和</translation>
    </message>
    <message>
        <source>key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>α′ from q·k</source>
        <translation>由 q·k 得到的 α′</translation>
    </message>
    <message>
        <source>α′ from q·k / √d_k</source>
        <translation>由 q·k / √d_k 得到的 α′</translation>
    </message>
    <message>
        <source>α′ from w·tanh(q + k)</source>
        <translation>由 w·tanh(q + k) 得到的 α′</translation>
    </message>
    <message>
        <source>&lt;p&gt;The lecture's two attention modules. &lt;b&gt;Dot product&lt;/b&gt;: α = q·k. &lt;b&gt;Scaled dot product&lt;/b&gt; (the Transformer's): α = q·k / √d&lt;sub&gt;k&lt;/sub&gt;, here / √%1 — the same ranking, softer weights. &lt;b&gt;Additive&lt;/b&gt;: q and k are added, passed through tanh and weighted by a learned w: α = w·tanh(q + k). Same input, same W&lt;sup&gt;q&lt;/sup&gt; and W&lt;sup&gt;k&lt;/sup&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;讲义中的两种注意力模块。&lt;b&gt;点积&lt;/b&gt;：α = q·k。&lt;b&gt;缩放点积&lt;/b&gt;（Transformer 所用）：α = q·k / √d&lt;sub&gt;k&lt;/sub&gt;，这里是 / √%1——排序相同，权重更柔和。&lt;b&gt;加性&lt;/b&gt;：q 和 k 相加，经过 tanh，再用学习得到的 w 加权：α = w·tanh(q + k)。输入相同，W&lt;sup&gt;q&lt;/sup&gt; 和 W&lt;sup&gt;k&lt;/sup&gt; 也相同。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>α′ = softmax(α)</source>
        <translation>α′ = softmax(α)</translation>
    </message>
    <message>
        <source>α′ = ReLU(α) = max(0, α)</source>
        <translation>α′ = ReLU(α) = max(0, α)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Softmax makes every row positive and sum to 1. The lecture notes that other activations work too, such as ReLU: negative scores become 0 and the rest pass unchanged, so a row need not sum to 1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Softmax 让每一行为正且和为 1。讲义指出其他激活函数也可以，比如 ReLU：负的分数变成 0，其余不变，所以一行的和不一定是 1。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>α′ at the model's τ = %1</source>
        <translation>模型的 τ = %1 时的 α′</translation>
    </message>
    <message>
        <source>α′ at τ = %1</source>
        <translation>τ = %1 时的 α′</translation>
    </message>
    <message>
        <source>&lt;p&gt;The temperature divides every score: α ← α / τ. Below 1 it sharpens the weights towards the largest score (left), above 1 it evens them out (right). The middle map is the model's own τ = %1: drag the slider under Model and watch it move between the two.&lt;/p&gt;</source>
        <translation>&lt;p&gt;温度除每个分数：α ← α / τ。小于 1 时权重向最大的分数集中（左），大于 1 时权重变得均匀（右）。中间的图是模型自己的 τ = %1：拖动“模型”下的滑块，看它在两者之间变化。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Take q and k with random entries of mean 0 and variance 1. Then q·k is a sum of d&lt;sub&gt;k&lt;/sub&gt; such products: its variance is d&lt;sub&gt;k&lt;/sub&gt;, so its spread grows like √d&lt;sub&gt;k&lt;/sub&gt; (left). Dividing by √d&lt;sub&gt;k&lt;/sub&gt; gives every d&lt;sub&gt;k&lt;/sub&gt; the same spread (right).&lt;/p&gt;</source>
        <translation>&lt;p&gt;取各分量均值为 0、方差为 1 的随机 q 和 k。q·k 是 d&lt;sub&gt;k&lt;/sub&gt; 个这样乘积的和：方差为 d&lt;sub&gt;k&lt;/sub&gt;，所以它的分布宽度像 √d&lt;sub&gt;k&lt;/sub&gt; 一样增长（左）。除以 √d&lt;sub&gt;k&lt;/sub&gt; 后，每个 d&lt;sub&gt;k&lt;/sub&gt; 的宽度都一样（右）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Why it matters: with d&lt;sub&gt;k&lt;/sub&gt; = %1 the unscaled scores are tens apart, and softmax puts nearly all the weight on one key (left) — a near one-hot row, whose gradients vanish in training. Scaled by 1/√d&lt;sub&gt;k&lt;/sub&gt; = 1/%2 the same scores give a spread of weights (right).&lt;/p&gt;</source>
        <translation>&lt;p&gt;为什么重要：d&lt;sub&gt;k&lt;/sub&gt; = %1 时，未缩放的分数相差几十，softmax 几乎把全部权重给一个键（左）——一个接近 one-hot 的行，训练时梯度会消失。乘以 1/√d&lt;sub&gt;k&lt;/sub&gt; = 1/%2 后，同样的分数给出分散的权重（右）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>q·k of random q, k</source>
        <translation>随机 q、k 的 q·k</translation>
    </message>
    <message>
        <source>q·k</source>
        <translation>q·k</translation>
    </message>
    <message>
        <source>count</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>q·k / √d_k</source>
        <translation>q·k / √d_k</translation>
    </message>
    <message>
        <source>d_k = %1</source>
        <translation>d_k = %1</translation>
    </message>
    <message>
        <source>softmax(q·k), d_k = %1</source>
        <translation>softmax(q·k)，d_k = %1</translation>
    </message>
    <message>
        <source>α′</source>
        <translation>α′</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>softmax(q·k / √d_k), d_k = %1</source>
        <translation>softmax(q·k / √d_k)，d_k = %1</translation>
    </message>
    <message>
        <source>Scoring variants and why √d_k</source>
        <translation>打分方式与为什么要 √d_k</translation>
    </message>
</context>
<context>
    <name>al::SequenceDiagramView</name>
    <message>
        <source>inputs a</source>
        <translation>输入 a</translation>
    </message>
    <message>
        <source>states h</source>
        <translation>状态 h</translation>
    </message>
    <message>
        <source>outputs b</source>
        <translation>输出 b</translation>
    </message>
    <message>
        <source>input %1: %2</source>
        <translation>输入 %1：%2</translation>
    </message>
    <message>
        <source>computed in this step</source>
        <translation>这一步算出</translation>
    </message>
    <message>
        <source>computed</source>
        <translation>已算出</translation>
    </message>
    <message>
        <source>not computed yet</source>
        <translation>尚未算出</translation>
    </message>
    <message>
        <source>%1 reads every input at once (%2)</source>
        <translation>%1 一次读取全部输入（%2）</translation>
    </message>
    <message>
        <source>%1 reads %2 only: the first state (%3)</source>
        <translation>%1 只读取 %2：第一个状态（%3）</translation>
    </message>
    <message>
        <source>%1 reads %2 and waits for %3 (%4)</source>
        <translation>%1 读取 %2，并要等 %3 算完（%4）</translation>
    </message>
    <message>
        <source>%1 waits for %2</source>
        <translation>%1 要等 %2 算完</translation>
    </message>
    <message>
        <source>%1 reads %2 (%3), link strength %4</source>
        <translation>%1 读取 %2（%3），连接强度 %4</translation>
    </message>
    <message>
        <source>%1 reads %2 (%3)</source>
        <translation>%1 读取 %2（%3）</translation>
    </message>
</context>
<context>
    <name>al::ShortcutsDialog</name>
    <message>
        <source>→</source>
        <translation>→</translation>
    </message>
    <message>
        <source>Next step; from a lesson's last step, the next lesson (not while typing in a field)</source>
        <translation>下一步；在一课的最后一步时进入下一课（在输入框中输入时除外）</translation>
    </message>
    <message>
        <source>←</source>
        <translation>←</translation>
    </message>
    <message>
        <source>Previous step; from a lesson's first step, the previous lesson</source>
        <translation>上一步；在一课的第一步时回到上一课</translation>
    </message>
    <message>
        <source>Click a plot</source>
        <translation>点击一张图</translation>
    </message>
    <message>
        <source>Gives the arrow keys back to stepping after typing in a field</source>
        <translation>在输入框中输入之后，让方向键重新用于切换步骤</translation>
    </message>
    <message>
        <source>Presentation mode on or off</source>
        <translation>打开或关闭演示模式</translation>
    </message>
    <message>
        <source>Leave presentation mode</source>
        <translation>退出演示模式</translation>
    </message>
    <message>
        <source>Previous step (presentation mode)</source>
        <translation>上一步（演示模式）</translation>
    </message>
    <message>
        <source>Open a sample or a session</source>
        <translation>打开样例或会话</translation>
    </message>
    <message>
        <source>Save the session</source>
        <translation>保存会话</translation>
    </message>
    <message>
        <source>Save the session as a new file</source>
        <translation>把会话另存为新文件</translation>
    </message>
    <message>
        <source>Export this page</source>
        <translation>导出本页</translation>
    </message>
    <message>
        <source>Export every step of this lesson</source>
        <translation>导出本课的每一步</translation>
    </message>
    <message>
        <source>Undo an edit</source>
        <translation>撤销一次修改</translation>
    </message>
    <message>
        <source>Redo an edit</source>
        <translation>重做一次修改</translation>
    </message>
    <message>
        <source>The user guide</source>
        <translation>使用指南</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>作用</translation>
    </message>
    <message>
        <source>Next step (presentation mode); in “Watch attention learn”, train or pause</source>
        <translation>下一步（演示模式）；在“看注意力学习”中为训练或暂停</translation>
    </message>
    <message>
        <source>→ in “Watch attention learn”</source>
        <translation>“看注意力学习”中的 →</translation>
    </message>
    <message>
        <source>One training step (presentation mode)</source>
        <translation>训练一步（演示模式）</translation>
    </message>
    <message>
        <source>1 … 9</source>
        <translation>1 … 9</translation>
    </message>
    <message>
        <source>Go to lesson 1 … 9 (presentation mode)</source>
        <translation>转到第 1 … 9 课（演示模式）</translation>
    </message>
    <message>
        <source>Next step (presentation mode, as a presenter's remote sends)</source>
        <translation>下一步（演示模式，演示遥控器发送的按键）</translation>
    </message>
    <message>
        <source>Previous step (presentation mode, as a presenter's remote sends)</source>
        <translation>上一步（演示模式，演示遥控器发送的按键）</translation>
    </message>
</context>
<context>
    <name>al::StackPlots</name>
    <message>
        <source>position</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>%1: position %2, dimension %3 = %4</source>
        <translation>%1：位置 %2，维度 %3 = %4</translation>
    </message>
    <message>
        <source>%1 = %2: how much %3 attends to %4</source>
        <translation>%1 = %2：%3 对 %4 的关注程度</translation>
    </message>
</context>
<context>
    <name>al::StepBar</name>
    <message>
        <source>◀ Back</source>
        <translation>◀ 上一步</translation>
    </message>
    <message>
        <source>The previous step (←)</source>
        <translation>上一步（←）</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一步 ▶</translation>
    </message>
    <message>
        <source>The next step (→)</source>
        <translation>下一步（→）</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Go through the steps one after another</source>
        <translation>依次播放各个步骤</translation>
    </message>
    <message>
        <source>Where you are in this lesson</source>
        <translation>你在本课中的位置</translation>
    </message>
    <message>
        <source>query i = </source>
        <translation>查询 i = </translation>
    </message>
    <message>
        <source>Which output bⁱ to follow (or click a row of a heatmap)</source>
        <translation>要跟随哪个输出 bⁱ（也可以点击热力图的一行）</translation>
    </message>
    <message>
        <source>On to the next lesson: %1 (→)</source>
        <translation>进入下一课：%1（→）</translation>
    </message>
    <message>
        <source>Back to the previous lesson: %1 (←)</source>
        <translation>回到上一课：%1（←）</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
</context>
<context>
    <name>al::TrainingAnimation</name>
    <message>
        <source>This model has no attention there to animate (the feed-forward baseline).</source>
        <translation>这个模型在那里没有注意力可以做成动画（前馈基线）。</translation>
    </message>
</context>
<context>
    <name>al::TrainingControls</name>
    <message>
        <source>The bundled datasets were not found: open a dataset file.</source>
        <translation>找不到自带的数据集：请打开一个数据集文件。</translation>
    </message>
    <message>
        <source>A bundled dataset, with the model and settings it is trained with</source>
        <translation>自带的数据集，连同训练它所用的模型和设置</translation>
    </message>
    <message>
        <source>Open dataset…</source>
        <translation>打开数据集…</translation>
    </message>
    <message>
        <source>Train a fresh model of the shape shown on any attention-lab/dataset@1 file</source>
        <translation>在任意 attention-lab/dataset@1 文件上训练一个所示形状的新模型</translation>
    </message>
    <message>
        <source>Train:</source>
        <translation>训练：</translation>
    </message>
    <message>
        <source>d </source>
        <translation>d </translation>
    </message>
    <message>
        <source>d_model: the width of every vector x</source>
        <translation>d_model：每个向量 x 的宽度</translation>
    </message>
    <message>
        <source>heads </source>
        <translation>头数 </translation>
    </message>
    <message>
        <source>H: the heads of each attention; d_h = d / H</source>
        <translation>H：每个注意力的头数；d_h = d / H</translation>
    </message>
    <message>
        <source>layers </source>
        <translation>层数 </translation>
    </message>
    <message>
        <source>The layers of each stack (encoder, decoder)</source>
        <translation>每个堆叠（编码器、解码器）的层数</translation>
    </message>
    <message>
        <source>post-norm</source>
        <translation>后置归一化</translation>
    </message>
    <message>
        <source>pre-norm</source>
        <translation>前置归一化</translation>
    </message>
    <message>
        <source>Where LayerNorm stands: after the residual's sum (post) or before the sublayer (pre)</source>
        <translation>层归一化的位置：在残差相加之后（post）或在子层之前（pre）</translation>
    </message>
    <message>
        <source>no positions</source>
        <translation>无位置编码</translation>
    </message>
    <message>
        <source>sinusoidal</source>
        <translation>正弦位置编码</translation>
    </message>
    <message>
        <source>learned</source>
        <translation>学习的位置编码</translation>
    </message>
    <message>
        <source>The positions added to the embeddings: none, sinusoidal or learned</source>
        <translation>加到嵌入上的位置编码：无、正弦或学习得到</translation>
    </message>
    <message>
        <source>self-attention</source>
        <translation>自注意力</translation>
    </message>
    <message>
        <source>Off: the feed-forward-only baseline, which looks at each word alone</source>
        <translation>关闭：只有前馈网络的基线，每个词单独看</translation>
    </message>
    <message>
        <source>η </source>
        <translation>η </translation>
    </message>
    <message>
        <source>The learning rate η</source>
        <translation>学习率 η</translation>
    </message>
    <message>
        <source>batch </source>
        <translation>批大小 </translation>
    </message>
    <message>
        <source>B: the examples of each step</source>
        <translation>B：每一步的样本数</translation>
    </message>
    <message>
        <source>baseline alongside</source>
        <translation>同时训练基线</translation>
    </message>
    <message>
        <source>Also train the same model without attention, step for step (labelling and classification)</source>
        <translation>同时逐步训练一个没有注意力的相同模型（标注与分类）</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Train until paused (Space in presentation mode)</source>
        <translation>一直训练直到暂停（演示模式下按空格）</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>One step: one batch forward and backward, then the optimiser's update (→ in presentation mode)</source>
        <translation>一步：一个批次的前向和反向传播，然后由优化器更新（演示模式下按 →）</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Back to step 0: the weights as the seed makes them, with the settings shown</source>
        <translation>回到第 0 步：由种子生成的权重，使用所示的设置</translation>
    </message>
    <message>
        <source>Save model…</source>
        <translation>保存模型…</translation>
    </message>
    <message>
        <source>Save the model as trained now, with its settings and history, as a transformer@1 file</source>
        <translation>把当前训练得到的模型连同其设置和历史保存为 transformer@1 文件</translation>
    </message>
    <message>
        <source>Open in lessons</source>
        <translation>在课程中打开</translation>
    </message>
    <message>
        <source>Show the saved model in the Transformer lessons</source>
        <translation>在 Transformer 课程中显示保存的模型</translation>
    </message>
    <message>
        <source>Animation…</source>
        <translation>动画…</translation>
    </message>
    <message>
        <source>Export α′ of the example shown over training as an animated GIF or PNG frames, for slides</source>
        <translation>把所示样本的 α′ 在训练过程中的变化导出为 GIF 动画或 PNG 帧，用于幻灯片</translation>
    </message>
    <message>
        <source>The training example whose attention the plots show</source>
        <translation>图中显示其注意力的训练样本</translation>
    </message>
    <message>
        <source>layer </source>
        <translation>层 </translation>
    </message>
    <message>
        <source>head </source>
        <translation>头 </translation>
    </message>
    <message>
        <source>Back through training: the moments kept, from step 0 to now (at the right end)</source>
        <translation>回看训练过程：保留的各个时刻，从第 0 步到现在（最右端）</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Open a dataset</source>
        <translation>打开数据集</translation>
    </message>
    <message>
        <source>Datasets (*.json);;All files (*)</source>
        <translation>数据集 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>encoder self-attention</source>
        <translation>编码器自注意力</translation>
    </message>
    <message>
        <source>masked self-attention</source>
        <translation>Masked Self-attention</translation>
    </message>
    <message>
        <source>cross-attention</source>
        <translation>交叉注意力</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Reading the dataset…</source>
        <translation>正在读取数据集…</translation>
    </message>
    <message>
        <source>The baseline: %1</source>
        <translation>基线：%1</translation>
    </message>
    <message>
        <source>now: step %1</source>
        <translation>现在：第 %1 步</translation>
    </message>
    <message>
        <source>step %1 of %2</source>
        <translation>第 %1 步（共 %2 步）</translation>
    </message>
    <message>
        <source> · loss %1</source>
        <translation> · 损失 %1</translation>
    </message>
    <message>
        <source> · %1 steps/s</source>
        <translation> · 每秒 %1 步</translation>
    </message>
    <message>
        <source> · Reset applies the new settings</source>
        <translation> · 重置后新设置生效</translation>
    </message>
    <message>
        <source>Export the animation</source>
        <translation>导出动画</translation>
    </message>
    <message>
        <source>Animated GIF (*.gif);;PNG frames (*.png)</source>
        <translation>GIF 动画 (*.gif);;PNG 帧 (*.png)</translation>
    </message>
    <message>
        <source>Save the trained model</source>
        <translation>保存训练好的模型</translation>
    </message>
    <message>
        <source>Transformer models (*.json);;All files (*)</source>
        <translation>Transformer 模型 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>the number of heads (%1) must divide d (%2)</source>
        <translation>头数（%1）必须整除 d（%2）</translation>
    </message>
    <message>
        <source>a model with a decoder needs attention: only labelling and classification models can leave it out</source>
        <translation>有解码器的模型需要注意力：只有标注和分类模型可以去掉它</translation>
    </message>
    <message numerus="yes">
        <source>Trained in AttentionLab's lesson “Watch attention learn”: %n steps on %1; it gets %2 of the training set right.</source>
        <translation>
            <numerusform>在 AttentionLab 的课程“看注意力学习”中训练：在 %1 上训练了 %n 步；训练集答对 %2。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>al::TrainingLesson</name>
    <message>
        <source>α′: %1, layer %2, head %3</source>
        <translation>α′：%1，第 %2 层，第 %3 个头</translation>
    </message>
    <message>
        <source>The feed-forward baseline is an encoder without attention: it is for labelling and classification. Choose “I saw a saw” above to compare it with self-attention.</source>
        <translation>前馈基线是没有注意力的编码器：用于标注和分类。在上方选择 “I saw a saw”，把它和自注意力比较。</translation>
    </message>
    <message>
        <source>Tick “baseline alongside” to train the same model without attention beside this one, step for step, from the same seed.</source>
        <translation>勾选“同时训练基线”，即可从同一个种子出发，在这个模型旁边逐步训练一个没有注意力的相同模型。</translation>
    </message>
    <message>
        <source>Accuracy of the ambiguous words on the training set (step %1)</source>
        <translation>歧义词在训练集上的准确率（第 %1 步）</translation>
    </message>
    <message>
        <source>input word</source>
        <translation>输入词</translation>
    </message>
    <message>
        <source>accuracy (%)</source>
        <translation>准确率（%）</translation>
    </message>
    <message>
        <source>self-attention</source>
        <translation>自注意力</translation>
    </message>
    <message>
        <source>this model</source>
        <translation>这个模型</translation>
    </message>
    <message>
        <source>feed-forward baseline</source>
        <translation>前馈基线</translation>
    </message>
    <message>
        <source>every other word</source>
        <translation>其余所有词</translation>
    </message>
    <message>
        <source> (the baseline gets it right %1 of the time, self-attention %2)</source>
        <translation>（基线答对 %1，自注意力 %2）</translation>
    </message>
    <message numerus="yes">
        <source>In the training set, %n word(s) carry more than one label: %1. A network that looks at each word alone, knowing only its position, must give such a word the same label at the same position, so ignoring context can reach at most %2 of the training set's positions (each word at each position given its most frequent label).</source>
        <translation>
            <numerusform>训练集中有 %n 个词带有不止一个标签：%1。一个单独看每个词、只知道其位置的网络，必须在同一位置给这样的词同一个标签，所以忽略上下文最多只能答对训练集 %2 的位置（每个位置上的每个词都给它最常见的标签）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In the training set, %n word(s) carry more than one label: %1. A network that looks at each word alone must give such a word the same label wherever it stands, so ignoring context can reach at most %2 of the training set's positions (each word always given its most frequent label).</source>
        <translation>
            <numerusform>训练集中有 %n 个词带有不止一个标签：%1。一个单独看每个词的网络，无论这样的词出现在哪里都必须给它同一个标签，所以忽略上下文最多只能答对训练集 %2 的位置（每个词总是给它最常见的标签）。</numerusform>
        </translation>
    </message>
    <message>
        <source>At step %1 the baseline labels %2 of the training set's positions right — it flattens where ignoring context leaves it — and self-attention %3: it looks at the words around, so “a saw” makes “saw” a noun.</source>
        <translation>在第 %1 步，基线答对训练集 %2 的位置——停在忽略上下文所能达到的地方——而自注意力是 %3：它会看周围的词，所以 “a saw” 让 “saw” 成为名词。</translation>
    </message>
    <message>
        <source>At step %1, the baseline classifies %2 of the training set right and self-attention %3. The baseline's mean pooling of words each seen alone knows which words occur, not in which order.</source>
        <translation>在第 %1 步，基线把训练集的 %2 分类正确，自注意力是 %3。基线对各自单独看过的词做平均池化，只知道出现了哪些词，不知道它们的顺序。</translation>
    </message>
    <message>
        <source>, in units of %1</source>
        <translation>，单位 %1</translation>
    </message>
    <message>
        <source>%1&lt;sub&gt;%2,%3&lt;/sub&gt; = %4</source>
        <translation>%1&lt;sub&gt;%2,%3&lt;/sub&gt; = %4</translation>
    </message>
    <message>
        <source>∂L/∂%1 of head %2 (%3 × %4)</source>
        <translation>第 %2 个头的 ∂L/∂%1（%3 × %4）</translation>
    </message>
    <message>
        <source>row of %1 (dimension of the head)</source>
        <translation>%1 的行（头的维度）</translation>
    </message>
    <message>
        <source>column (dimension of x)</source>
        <translation>列（x 的维度）</translation>
    </message>
    <message numerus="yes">
        <source>Here L is the loss of the example shown alone, the mean over its %n predicted positions: L = %1, with the weights of step %2. Training moves each weight against its gradient — W ← W − η ∂L/∂W for SGD; Adam scales each entry by the history of its own gradients — so the red entries (∂L/∂W &gt; 0) go down and the blue ones up.</source>
        <translation>
            <numerusform>这里 L 是所示样本单独的损失，即它 %n 个预测位置上的平均值：L = %1，使用第 %2 步的权重。训练让每个权重逆着它的梯度移动——SGD 是 W ← W − η ∂L/∂W；Adam 按每个元素自己梯度的历史缩放——所以红色的元素（∂L/∂W &gt; 0）会变小，蓝色的会变大。</numerusform>
        </translation>
    </message>
    <message>
        <source>This model has no attention here (the feed-forward baseline): it has no W^q, W^k, W^v and no α′ to learn.</source>
        <translation>这个模型在这里没有注意力（前馈基线）：它没有要学习的 W^q、W^k、W^v，也没有 α′。</translation>
    </message>
    <message>
        <source>∂L/∂α′ of head %1</source>
        <translation>第 %1 个头的 ∂L/∂α′</translation>
    </message>
    <message>
        <source>query</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>∂L/∂α′&lt;sub&gt;i,j&lt;/sub&gt; says how the loss would change if query i gave key j a little more weight. The most negative entry — the weight the loss most wants larger — is query %1 on key %2: %3 (α′ there is %4). The softmax's backward pass turns these into ∂L/∂α, and q&lt;sup&gt;i&lt;/sup&gt;·k&lt;sup&gt;j&lt;/sup&gt; turns those into the gradients of W^q and W^k above.</source>
        <translation>∂L/∂α′&lt;sub&gt;i,j&lt;/sub&gt; 表示如果 query i 给 key j 多一点权重，损失会怎样变化。最负的元素——损失最希望变大的权重——是 query %1 对 key %2：%3（那里的 α′ 是 %4）。softmax 的反向传播把它们变成 ∂L/∂α，再经由 q&lt;sup&gt;i&lt;/sup&gt;·k&lt;sup&gt;j&lt;/sup&gt; 变成上面 W^q 和 W^k 的梯度。</translation>
    </message>
    <message>
        <source>Sizes ‖∂L/∂W‖ of head %1 in layer %2: W^q %3, W^k %4, W^v %5. Largest entries: W^q %6; W^k %7; W^v %8.</source>
        <translation>第 %2 层第 %1 个头的 ‖∂L/∂W‖：W^q %3，W^k %4，W^v %5。最大的元素：W^q %6；W^k %7；W^v %8。</translation>
    </message>
    <message>
        <source>α′ at step %1: %2, layer %3, head %4</source>
        <translation>第 %1 步的 α′：%2，第 %3 层，第 %4 个头</translation>
    </message>
    <message>
        <source>This model has no attention here: it is the feed-forward baseline, which looks at each word alone. Tick “self-attention” to give it attention.</source>
        <translation>这个模型在这里没有注意力：它是前馈基线，每个词单独看。勾选“自注意力”给它加上注意力。</translation>
    </message>
    <message>
        <source>&lt;p&gt;Nothing to train yet: choose a bundled dataset above, or open a dataset file.&lt;/p&gt;</source>
        <translation>&lt;p&gt;还没有可训练的内容：在上方选择一个自带的数据集，或打开一个数据集文件。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Each step takes a batch of examples, runs them forward, measures the loss L = −(1/P) Σ log p[target] over their P predicted positions, finds its exact gradient ∂L/∂θ by the backward pass, and moves every weight against it — W&lt;sup&gt;q&lt;/sup&gt;, W&lt;sup&gt;k&lt;/sup&gt; and W&lt;sup&gt;v&lt;/sup&gt; among them. Nobody sets them: they are learned.</source>
        <translation>每一步取一个批次的样本，前向计算，在它们的 P 个预测位置上计算损失 L = −(1/P) Σ log p[target]，用反向传播求出精确的梯度 ∂L/∂θ，并让每个权重逆着梯度移动——其中包括 W&lt;sup&gt;q&lt;/sup&gt;、W&lt;sup&gt;k&lt;/sup&gt; 和 W&lt;sup&gt;v&lt;/sup&gt;。没有人设定它们：它们是学出来的。</translation>
    </message>
    <message>
        <source>The loss of step %1's batch: %2.</source>
        <translation>第 %1 步批次的损失：%2。</translation>
    </message>
    <message>
        <source>Before training the weights are random: the model guesses, and α′ spreads without a pattern.</source>
        <translation>训练之前权重是随机的：模型在猜，α′ 分散而没有规律。</translation>
    </message>
    <message>
        <source>Where each query of the example looks most (the largest α′ of its row): %1.</source>
        <translation>样本中每个 query 最关注哪里（它那一行最大的 α′）：%1。</translation>
    </message>
    <message numerus="yes">
        <source>The timeline keeps the weights at step 0 and at regular steps after it (%n kept; when there are too many, every other one is let go, so memory stays bounded however long training runs). Drag it back to see any of them; at its right end it follows training.</source>
        <translation>
            <numerusform>时间轴保留第 0 步以及之后每隔固定步数的权重（共保留 %n 个；太多时每隔一个丢掉一个，所以无论训练多久内存都有上限）。把它往回拖可以看任意一个；在最右端它跟随训练。</numerusform>
        </translation>
    </message>
    <message>
        <source>Left, α′ with the weights of step 0; right, at step %1. The largest change is α′ of query %2 on key %3: from %4 to %5.</source>
        <translation>左边是用第 0 步权重得到的 α′；右边是第 %1 步的。变化最大的是 query %2 对 key %3 的 α′：从 %4 到 %5。</translation>
    </message>
    <message>
        <source>α′ of the same example at moments along training, from step 0 to step %1: the pattern that the loss curve's fall comes with.</source>
        <translation>同一个样本在训练过程中各个时刻的 α′，从第 0 步到第 %1 步：伴随损失曲线下降而出现的模式。</translation>
    </message>
    <message>
        <source>At step %1: %2.</source>
        <translation>第 %1 步：%2。</translation>
    </message>
    <message>
        <source>Cross-attention (交叉注意力): each output token (a row) looks at the input (the columns). As the model learns, each row comes to look at the input word it translates or copies — for reversal an anti-diagonal, for number words each numeral on the word it came from.</source>
        <translation>交叉注意力：每个输出 token（一行）看输入（各列）。随着模型学习，每一行逐渐去看它所翻译或复制的输入词——倒序任务是一条反对角线，数字词任务是每个数字看着它所来自的那个词。</translation>
    </message>
    <message>
        <source>Watch attention learn</source>
        <translation>看注意力学习</translation>
    </message>
    <message>
        <source>1. Train, and watch α′ change</source>
        <translation>1. 训练，看 α′ 变化</translation>
    </message>
    <message>
        <source>2. The gradients that move W^q, W^k, W^v</source>
        <translation>2. 推动 W^q、W^k、W^v 的梯度</translation>
    </message>
    <message>
        <source>3. Before and after: the timeline</source>
        <translation>3. 之前与之后：时间轴</translation>
    </message>
    <message>
        <source>4. Without attention: the feed-forward baseline</source>
        <translation>4. 没有注意力：前馈基线</translation>
    </message>
    <message>
        <source>5. Attention forming</source>
        <translation>5. 注意力的形成</translation>
    </message>
    <message>
        <source>This model is the feed-forward baseline itself. Choose “I saw a saw: self-attention” above: the baseline then trains beside self-attention, step for step.</source>
        <translation>这个模型本身就是前馈基线。在上方选择 “I saw a saw: self-attention”：基线就会在自注意力旁边逐步训练。</translation>
    </message>
    <message>
        <source>With the weights of step %1 the loss of this example or its gradient is not a finite number: the weights have grown too large (training diverged). Choose an earlier moment on the timeline, or a smaller learning rate and Reset.</source>
        <translation>使用第 %1 步的权重时，这个样本的损失或梯度不是有限数：权重变得太大了（训练发散）。请在时间轴上选择更早的时刻，或者减小学习率后重置。</translation>
    </message>
    <message>
        <source>Both sets are evaluated now and then (a whole pass over each): the next evaluation comes as training goes on.</source>
        <translation>两个数据集每隔一段时间评估一次（各完整跑一遍）：下一次评估会随着训练到来。</translation>
    </message>
    <message>
        <source>Both sets are evaluated every %1 steps (a whole pass over each); the batch loss above is every step's.</source>
        <translation>两个数据集每 %1 步评估一次（各完整跑一遍）；上面的批次损失是每一步的。</translation>
    </message>
</context>
<context>
    <name>al::TrainingPlots</name>
    <message>
        <source>step %1</source>
        <translation>第 %1 步</translation>
    </message>
    <message>
        <source>encoder self-attention</source>
        <translation>编码器自注意力</translation>
    </message>
    <message>
        <source>masked self-attention</source>
        <translation>Masked Self-attention</translation>
    </message>
    <message>
        <source>cross-attention</source>
        <translation>交叉注意力</translation>
    </message>
    <message>
        <source>Loss L: each batch, and both sets</source>
        <translation>损失 L：每个批次，以及两个数据集</translation>
    </message>
    <message>
        <source>step</source>
        <translation>步</translation>
    </message>
    <message>
        <source>loss (cross-entropy)</source>
        <translation>损失（交叉熵）</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>training</source>
        <translation>训练集</translation>
    </message>
    <message>
        <source>test</source>
        <translation>测试集</translation>
    </message>
    <message>
        <source>baseline training</source>
        <translation>基线 训练集</translation>
    </message>
    <message>
        <source>Accuracy as training goes</source>
        <translation>训练过程中的准确率</translation>
    </message>
    <message>
        <source>accuracy (%)</source>
        <translation>准确率（%）</translation>
    </message>
    <message>
        <source>baseline test</source>
        <translation>基线 测试集</translation>
    </message>
</context>
<context>
    <name>al::TrainingText</name>
    <message>
        <source>At step %1 the model gets every training example right.</source>
        <translation>在第 %1 步，模型把每个训练样本都做对了。</translation>
    </message>
    <message>
        <source>&lt;li&gt;“%1”: gives &lt;b&gt;%2&lt;/b&gt;, should give %3&lt;/li&gt;</source>
        <translation>&lt;li&gt;“%1”：给出 &lt;b&gt;%2&lt;/b&gt;，应为 %3&lt;/li&gt;</translation>
    </message>
    <message numerus="yes">
        <source>At step %1 the model still gets %n of the %2 training examples wrong:</source>
        <translation>
            <numerusform>在第 %1 步，模型在 %2 个训练样本中仍有 %n 个做错：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Step &lt;b&gt;%1&lt;/b&gt; of training on &lt;i&gt;%2&lt;/i&gt; (%n training examples; batch %3, %4).</source>
        <translation>
            <numerusform>在 &lt;i&gt;%2&lt;/i&gt; 上训练的第 &lt;b&gt;%1&lt;/b&gt; 步（%n 个训练样本；批大小 %3，%4）。</numerusform>
        </translation>
    </message>
    <message>
        <source>At step %1, the training set's loss is %2 and its accuracy %3</source>
        <translation>在第 %1 步，训练集的损失是 %2，准确率是 %3</translation>
    </message>
    <message>
        <source>; the test set's loss is %1 and its accuracy %2</source>
        <translation>；测试集的损失是 %1，准确率是 %2</translation>
    </message>
</context>
<context>
    <name>al::TransformerBlockLesson</name>
    <message>
        <source>layer %1 of %2, head %3 of %4</source>
        <translation>第 %1 层（共 %2 层），第 %3 个头（共 %4 个）</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>“%1”（%2）</translation>
    </message>
    <message>
        <source>&lt;p&gt;This model has no encoder (it is a language model): open it in the lesson “GPT: the decoder alone”.&lt;/p&gt;</source>
        <translation>&lt;p&gt;这个模型没有编码器（它是语言模型）：请在“GPT：只有解码器”一课中打开它。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>E[t]: each token's embedding</source>
        <translation>E[t]：每个词元的嵌入</translation>
    </message>
    <message>
        <source>e = 0: this model has no positions</source>
        <translation>e = 0：这个模型没有位置编码</translation>
    </message>
    <message>
        <source>e: each position's vector (%1)</source>
        <translation>e：每个位置的向量（%1）</translation>
    </message>
    <message>
        <source>x = E[t] + e</source>
        <translation>x = E[t] + e</translation>
    </message>
    <message>
        <source>&lt;p&gt;This model adds no positions (positional encoding: none): x is the embedding alone, and two equal tokens get equal vectors.&lt;/p&gt;</source>
        <translation>&lt;p&gt;这个模型不加位置编码（positional encoding: none）：x 就是嵌入本身，两个相同的词元得到相同的向量。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The positions are %1: e&lt;sup&gt;i&lt;/sup&gt; depends only on where the token stands, so two equal tokens at different places get different vectors x.&lt;/p&gt;</source>
        <translation>&lt;p&gt;位置编码是%1：e&lt;sup&gt;i&lt;/sup&gt; 只取决于词元所在的位置，所以两个相同的词元在不同位置得到不同的向量 x。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The encoder reads the %1 tokens of the input as vectors of d&lt;sub&gt;model&lt;/sub&gt; = %2 entries: x&lt;sup&gt;i&lt;/sup&gt; = E[t&lt;sub&gt;i&lt;/sub&gt;] + e&lt;sup&gt;i&lt;/sup&gt;, the token's row of the embedding table plus its position's vector.&lt;/p&gt;&lt;p&gt;At %3: E[t] = %4, e = %5, x = %6.&lt;/p&gt;</source>
        <translation>&lt;p&gt;编码器把输入的 %1 个词元读成 d&lt;sub&gt;model&lt;/sub&gt; = %2 维的向量：x&lt;sup&gt;i&lt;/sup&gt; = E[t&lt;sub&gt;i&lt;/sub&gt;] + e&lt;sup&gt;i&lt;/sup&gt;，即嵌入表中该词元的一行加上它所在位置的向量。&lt;/p&gt;&lt;p&gt;在 %3：E[t] = %4，e = %5，x = %6。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Hover a cell of x to see the two cells it adds.&lt;/p&gt;</source>
        <translation>&lt;p&gt;把指针移到 x 的格子上，可以看到相加的两个格子。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>x: the layer's input</source>
        <translation>x：这一层的输入</translation>
    </message>
    <message>
        <source>the layer's output</source>
        <translation>这一层的输出</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 and %2 are the same token and read the same x: their outputs are exactly equal.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 和 %2 是同一个词元，读到的 x 相同：它们的输出完全相等。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 and %2 are the same token: their outputs differ by at most %3, only because their positions differ.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 和 %2 是同一个词元：它们的输出最多相差 %3，只因为位置不同。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;There is no attention in this model&lt;/b&gt; (attention: false, the notes' “each vector through its own fully-connected network”). Each layer has only the feed-forward network, with its Add &amp; Norm: position i's output is made from x&lt;sup&gt;i&lt;/sup&gt; alone, and no position sees another.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;这个模型没有注意力&lt;/b&gt;（attention: false，即笔记中的“每个向量各自通过一个全连接网络”）。每一层只有前馈网络及其 Add &amp; Norm：位置 i 的输出只由 x&lt;sup&gt;i&lt;/sup&gt; 得到，任何位置都看不到其他位置。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>dimension in the head</source>
        <translation>头内的维度</translation>
    </message>
    <message>
        <source>q (head %1)</source>
        <translation>q（头 %1）</translation>
    </message>
    <message>
        <source>k (head %1)</source>
        <translation>k（头 %1）</translation>
    </message>
    <message>
        <source>α′ = softmax(q kᵀ / √d_h) (head %1)</source>
        <translation>α′ = softmax(q kᵀ / √d_h)（头 %1）</translation>
    </message>
    <message>
        <source>v (head %1)</source>
        <translation>v（头 %1）</translation>
    </message>
    <message>
        <source>b = α′ v (head %1)</source>
        <translation>b = α′ v（头 %1）</translation>
    </message>
    <message>
        <source>%1 attends most to %2 (α′ = %3)</source>
        <translation>%1 最关注 %2（α′ = %3）</translation>
    </message>
    <message>
        <source>&lt;p&gt;The same token at different places: %1. Attention is how the equal tokens come to read different vectors.&lt;/p&gt;</source>
        <translation>&lt;p&gt;同一个词元在不同位置：%1。正是注意力让相同的词元读到不同的向量。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>LN(x), the layer's input normalised (pre-norm)</source>
        <translation>这一层的输入归一化后的 LN(x)（pre-norm）</translation>
    </message>
    <message>
        <source>x, the layer's input</source>
        <translation>这一层的输入 x</translation>
    </message>
    <message>
        <source>&lt;p&gt;Multi-head self-attention, %1. Every position's q, k and v are read from %2: Q = X W&lt;sub&gt;q&lt;/sub&gt;ᵀ + b&lt;sub&gt;q&lt;/sub&gt;, and so on, and head h takes its own d&lt;sub&gt;h&lt;/sub&gt; = %3 entries of each. Then α′ = softmax(q kᵀ / √d&lt;sub&gt;h&lt;/sub&gt;) row by row, and b = α′ v: row i mixes the values of every position with the weights of row i.&lt;/p&gt;&lt;p&gt;%4 attends most to %5, with α′ = %6.&lt;/p&gt;</source>
        <translation>&lt;p&gt;多头自注意力（Multi-head Self-attention），%1。每个位置的 q、k、v 都由%2算出：Q = X W&lt;sub&gt;q&lt;/sub&gt;ᵀ + b&lt;sub&gt;q&lt;/sub&gt;，k、v 同理；第 h 个头取其中各自的 d&lt;sub&gt;h&lt;/sub&gt; = %3 维。然后逐行计算 α′ = softmax(q kᵀ / √d&lt;sub&gt;h&lt;/sub&gt;)，再得 b = α′ v：第 i 行用第 i 行的权重混合所有位置的 v。&lt;/p&gt;&lt;p&gt;%4 最关注 %5，α′ = %6。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The heads' outputs b are put side by side and mixed by W&lt;sub&gt;o&lt;/sub&gt;: F(x), the sublayer's output the next step adds to x.&lt;/p&gt;</source>
        <translation>&lt;p&gt;各个头的输出 b 拼接起来，再由 W&lt;sub&gt;o&lt;/sub&gt; 混合：得到 F(x)，即下一步要加到 x 上的子层输出。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>hidden unit</source>
        <translation>隐藏单元</translation>
    </message>
    <message>
        <source>LN(x): what the network reads</source>
        <translation>LN(x)：网络读入的内容</translation>
    </message>
    <message>
        <source>x: what the network reads</source>
        <translation>x：网络读入的内容</translation>
    </message>
    <message>
        <source>W₁x + b₁</source>
        <translation>W₁x + b₁</translation>
    </message>
    <message>
        <source>%1(W₁x + b₁)</source>
        <translation>%1(W₁x + b₁)</translation>
    </message>
    <message>
        <source>F(x) = W₂ h + b₂</source>
        <translation>F(x) = W₂ h + b₂</translation>
    </message>
    <message>
        <source>&lt;p&gt;This model uses &lt;b&gt;GELU&lt;/b&gt;, x·Φ(x) with Φ the normal distribution's CDF: it shrinks the %1 negative entries of %2 towards 0 (to %3 at least) instead of cutting them off.&lt;/p&gt;</source>
        <translation>&lt;p&gt;这个模型用 &lt;b&gt;GELU&lt;/b&gt;，即 x·Φ(x)，Φ 是标准正态分布的累积分布函数：它把 %2 的 %1 个负值压向 0（最小到 %3），而不是直接截断为 0。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;This model uses &lt;b&gt;ReLU&lt;/b&gt;, max(0, x): at %1, %2 of the %3 hidden entries are negative and become 0.&lt;/p&gt;</source>
        <translation>&lt;p&gt;这个模型用 &lt;b&gt;ReLU&lt;/b&gt;，即 max(0, x)：在 %1，%3 个隐藏值中有 %2 个为负，变成 0。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The feed-forward network, layer %1: F(x) = W₂ φ(W₁x + b₁) + b₂, widening each vector of d&lt;sub&gt;model&lt;/sub&gt; = %3 entries to a hidden layer of d&lt;sub&gt;ff&lt;/sub&gt; = %2 units and back. It reads each position on its own — the same weights for every row, and no row sees another.&lt;/p&gt;</source>
        <translation>&lt;p&gt;前馈网络（feed-forward network），第 %1 层：F(x) = W₂ φ(W₁x + b₁) + b₂，把每个 d&lt;sub&gt;model&lt;/sub&gt; = %3 维的向量扩展到 d&lt;sub&gt;ff&lt;/sub&gt; = %2 个单元的隐藏层，再变回原来的维数。它对每个位置单独计算——每一行用同样的权重，没有哪一行看得到别的行。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The Transformer block</source>
        <translation>Transformer 块</translation>
    </message>
    <message>
        <source>1. The input: x = E[t] + e</source>
        <translation>1. 输入：x = E[t] + e</translation>
    </message>
    <message>
        <source>2. Multi-head self-attention</source>
        <translation>2. 多头自注意力</translation>
    </message>
    <message>
        <source>3. Add: the residual x + F(x)</source>
        <translation>3. Add：残差 x + F(x)</translation>
    </message>
    <message>
        <source>4. LayerNorm: mean, variance, γ and β</source>
        <translation>4. 层归一化：均值、方差、γ 和 β</translation>
    </message>
    <message>
        <source>5. The feed-forward network</source>
        <translation>5. 前馈网络</translation>
    </message>
    <message>
        <source>6. Add &amp; Norm: the layer's output</source>
        <translation>6. Add &amp; Norm：这一层的输出</translation>
    </message>
    <message>
        <source>7. The stack of layers</source>
        <translation>7. 层的堆叠</translation>
    </message>
    <message>
        <source>8. Post-norm beside pre-norm</source>
        <translation>8. Post-norm 与 pre-norm 对照</translation>
    </message>
    <message>
        <source>9. The output</source>
        <translation>9. 输出</translation>
    </message>
    <message>
        <source>x: the sublayer's input</source>
        <translation>x：子层的输入</translation>
    </message>
    <message>
        <source>F(LN(x)): the sublayer's output</source>
        <translation>F(LN(x))：子层的输出</translation>
    </message>
    <message>
        <source>F(x): the sublayer's output</source>
        <translation>F(x)：子层的输出</translation>
    </message>
    <message>
        <source>x + F(LN(x)): the residual</source>
        <translation>x + F(LN(x))：残差</translation>
    </message>
    <message>
        <source>x + F(x): the residual</source>
        <translation>x + F(x)：残差</translation>
    </message>
    <message>
        <source>LN(x + F(x)): the output</source>
        <translation>LN(x + F(x))：输出</translation>
    </message>
    <message>
        <source>&lt;p&gt;The residual connection adds the sublayer's input to its output, entry by entry: at %1, dimension 1: %2 + %3 = %4.&lt;/p&gt;</source>
        <translation>&lt;p&gt;残差（residual）连接把子层的输入逐元素加到它的输出上：在 %1 的第 1 维：%2 + %3 = %4。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;So the sublayer only has to learn a change to x, and x reaches the layers above unchanged through the sum. Hover a cell of the residual to see its two summands.&lt;/p&gt;</source>
        <translation>&lt;p&gt;这样子层只需要学习对 x 的改动，而 x 通过这个加法原样传到上面的层。把指针移到残差的格子上，可以看到相加的两项。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;This model has no attention: the sublayer here is the feed-forward network (step 5), F(x) its output.&lt;/p&gt;</source>
        <translation>&lt;p&gt;这个模型没有注意力：这里的子层是前馈网络（第 5 步），F(x) 是它的输出。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;F is multi-head self-attention (step 2), in layer %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;F 是第 %1 层的多头自注意力（第 2 步）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>γ and β (%1)</source>
        <translation>γ 和 β（%1）</translation>
    </message>
    <message>
        <source>parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>%1&lt;sub&gt;%2&lt;/sub&gt; = %3 (%4.%5)</source>
        <translation>%1&lt;sub&gt;%2&lt;/sub&gt; = %3（%4.%5）</translation>
    </message>
    <message>
        <source>(x − μ) / √(σ² + ε)</source>
        <translation>(x − μ) / √(σ² + ε)</translation>
    </message>
    <message>
        <source>LN = γ ⊙ (x − μ) / √(σ² + ε) + β</source>
        <translation>LN = γ ⊙ (x − μ) / √(σ² + ε) + β</translation>
    </message>
    <message>
        <source>&lt;p&gt;This model is &lt;b&gt;pre-norm&lt;/b&gt; (GPT-2): LayerNorm normalises the sublayer's input x, the sublayer reads LN(x), and the output is x + F(LN(x)).&lt;/p&gt;</source>
        <translation>&lt;p&gt;这个模型是 &lt;b&gt;pre-norm&lt;/b&gt;（GPT-2）：层归一化作用于子层的输入 x，子层读入 LN(x)，输出是 x + F(LN(x))。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;This model is &lt;b&gt;post-norm&lt;/b&gt; (the paper, note 004): LayerNorm normalises the residual x + F(x), and the output is LN(x + F(x)).&lt;/p&gt;</source>
        <translation>&lt;p&gt;这个模型是 &lt;b&gt;post-norm&lt;/b&gt;（原论文，笔记 004）：层归一化作用于残差 x + F(x)，输出是 LN(x + F(x))。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;LayerNorm works on each position's vector alone, over its d&lt;sub&gt;model&lt;/sub&gt; = %1 entries. At %2: the mean μ = %3, the variance σ² = %4 (from the pass's 1/√(σ² + ε) = %5, with ε = %6), so √(σ² + ε) = %7.&lt;/p&gt;&lt;p&gt;(x − μ) / √(σ² + ε) = %8: mean 0, variance almost 1.&lt;/p&gt;&lt;p&gt;Then each entry is scaled and shifted by the learned γ = %9 and β = %10 (%11.weight and .bias): LN = %12.&lt;/p&gt;</source>
        <translation>&lt;p&gt;层归一化（LayerNorm）只对每个位置自己的向量计算，跨它的 d&lt;sub&gt;model&lt;/sub&gt; = %1 个元素。在 %2：均值 μ = %3，方差 σ² = %4（由这次计算保存的 1/√(σ² + ε) = %5 得到，ε = %6），所以 √(σ² + ε) = %7。&lt;/p&gt;&lt;p&gt;(x − μ) / √(σ² + ε) = %8：均值为 0，方差几乎为 1。&lt;/p&gt;&lt;p&gt;然后每个元素再乘以学到的 γ = %9、加上 β = %10（%11.weight 和 .bias）：LN = %12。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;This is the last layer: a final LayerNorm then gives the encoder's output.&lt;/p&gt;</source>
        <translation>&lt;p&gt;这是最后一层：之后再经过一个最终的层归一化，得到编码器的输出。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;This is the last layer: its output is the encoder's output.&lt;/p&gt;</source>
        <translation>&lt;p&gt;这是最后一层：它的输出就是编码器的输出。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;This output is the input x of layer %1, which does the same with its own weights.&lt;/p&gt;</source>
        <translation>&lt;p&gt;这个输出是第 %1 层的输入 x，那一层用自己的权重做同样的计算。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Pre-norm: the LayerNorm came before F (it read LN(x)), so the layer's output is the residual itself.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Pre-norm：层归一化在 F 之前（F 读入 LN(x)），所以这一层的输出就是残差本身。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Post-norm: LayerNorm of the residual (step 4's computation with norm2's γ and β) gives the layer's output.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Post-norm：对残差做层归一化（第 4 步的计算，用 norm2 的 γ 和 β），得到这一层的输出。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Add &amp; Norm around the feed-forward network of layer %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;第 %1 层前馈网络外的 Add &amp; Norm。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>p(%1 | %2) = %3</source>
        <translation>p(%1 | %2) = %3</translation>
    </message>
    <message>
        <source>layer %1: α′ of head %2</source>
        <translation>第 %1 层：头 %2 的 α′</translation>
    </message>
    <message>
        <source>in layer %1 to %2 (α′ = %3)</source>
        <translation>在第 %1 层最关注 %2（α′ = %3）</translation>
    </message>
    <message>
        <source>x: the stack's input</source>
        <translation>x：堆叠的输入</translation>
    </message>
    <message>
        <source>layer %1's output</source>
        <translation>第 %1 层的输出</translation>
    </message>
    <message>
        <source>after the final LayerNorm</source>
        <translation>经过最终的层归一化之后</translation>
    </message>
    <message>
        <source>&lt;p&gt;This model has no attention: each layer is a feed-forward network with its Add &amp; Norm, and every position goes up the stack alone.&lt;/p&gt;</source>
        <translation>&lt;p&gt;这个模型没有注意力：每一层是一个前馈网络及其 Add &amp; Norm，每个位置独自穿过整个堆叠。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Head %1 of every layer, side by side: %2 attends most %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;每一层的第 %1 个头并排显示：%2 %3。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;The encoder is a stack of %n block(s), each the same computation with its own weights: the output of one layer is the input x of the next.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;编码器是 %n 个块的堆叠，每块做同样的计算，但用各自的权重：一层的输出是下一层的输入 x。&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;A final LayerNorm after the last layer gives the encoder's output.&lt;/p&gt;</source>
        <translation>&lt;p&gt;最后一层之后的最终层归一化给出编码器的输出。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The last layer's output is the encoder's output.&lt;/p&gt;</source>
        <translation>&lt;p&gt;最后一层的输出就是编码器的输出。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose the layer and the head with the controls above; hover a cell of α′ to find the same query and key in every layer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;用上方的控件选择层和头；把指针移到 α′ 的格子上，可以在每一层找到同一个查询和键。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>x = %1&lt;br&gt;F(x) = %2&lt;br&gt;x + F(x) = %3&lt;br&gt;out = LN(x + F(x)) = %4</source>
        <translation>x = %1&lt;br&gt;F(x) = %2&lt;br&gt;x + F(x) = %3&lt;br&gt;out = LN(x + F(x)) = %4</translation>
    </message>
    <message>
        <source>x = %1&lt;br&gt;LN(x) = %2&lt;br&gt;F(LN(x)) = %3&lt;br&gt;out = x + F(LN(x)) = %4</source>
        <translation>x = %1&lt;br&gt;LN(x) = %2&lt;br&gt;F(LN(x)) = %3&lt;br&gt;out = x + F(LN(x)) = %4</translation>
    </message>
    <message>
        <source>post-norm</source>
        <translation>后置归一化</translation>
    </message>
    <message>
        <source>pre-norm</source>
        <translation>前置归一化</translation>
    </message>
    <message>
        <source>layer %1's output, %2 (as trained)</source>
        <translation>第 %1 层的输出，%2（训练时的方式）</translation>
    </message>
    <message>
        <source>layer %1's output, %2 (the same weights)</source>
        <translation>第 %1 层的输出，%2（同样的权重）</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;Labels as trained (%1): %2. With the same weights read %3: %4 — %n label(s) changed. p(%5) at %6: %7 as trained, %8 read the other way.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;训练时的方式（%1）给出的标签：%2。同样的权重按 %3 计算：%4——有 %n 个标签改变。%6 的 p(%5)：训练时的方式为 %7，换一种方式为 %8。&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>the sequence</source>
        <translation>整个序列</translation>
    </message>
    <message>
        <source>&lt;p&gt;The two orders of the same block, for the first sublayer of layer %1 at %2 (the first %3 entries of each vector).&lt;/p&gt;</source>
        <translation>&lt;p&gt;同一个块的两种顺序，取第 %1 层的第一个子层、在 %2（每个向量只列出前 %3 个元素）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1, as this model was trained:&lt;/b&gt;&lt;br&gt;%2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1，这个模型训练时的方式：&lt;/b&gt;&lt;br&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1, the same weights in the other order:&lt;/b&gt;&lt;br&gt;%2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1，同样的权重换一种顺序：&lt;/b&gt;&lt;br&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Post-norm (the paper, note 004) normalises the residual; pre-norm (GPT-2) normalises what the sublayer reads and leaves the residual path untouched, which trains deep stacks more easily. &lt;b&gt;This model was trained %1&lt;/b&gt;: read the other way, its weights are used in an order they were not trained for, and its numbers change.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Post-norm（原论文，笔记 004）对残差做归一化；pre-norm（GPT-2）对子层读入的内容做归一化，残差通路保持不变，深的堆叠因此更容易训练。&lt;b&gt;这个模型是按 %1 训练的&lt;/b&gt;：换一种顺序计算时，它的权重被用在没有训练过的顺序里，数值也就变了。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>h: the encoder's output, the decoder's memory</source>
        <translation>h：编码器的输出，即解码器的记忆（memory）</translation>
    </message>
    <message>
        <source>h: the encoder's output</source>
        <translation>h：编码器的输出</translation>
    </message>
    <message>
        <source>p = softmax(W_g h + b_g): each position's labels</source>
        <translation>p = softmax(W_g h + b_g)：每个位置的标签</translation>
    </message>
    <message>
        <source>position</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2（%3）</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;The same word gets different labels: %1. It is told apart by what it attends to and by its position.&lt;/p&gt;</source>
        <translation>&lt;p&gt;同一个词得到不同的标签：%1。区分它们的是它们关注的内容和它们所在的位置。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The same word gets the same label at each place: %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;同一个词在每个位置得到相同的标签：%1。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;This model has neither attention nor positions: equal words read equal vectors all the way up, so they cannot get different labels.&lt;/p&gt;</source>
        <translation>&lt;p&gt;这个模型既没有注意力也没有位置编码：相同的词一路读到相同的向量，所以不可能得到不同的标签。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Labelling: every position gets its own label, logits&lt;sub&gt;i&lt;/sub&gt; = W&lt;sub&gt;g&lt;/sub&gt; h&lt;sub&gt;i&lt;/sub&gt; + b&lt;sub&gt;g&lt;/sub&gt;, then softmax. The label is the most probable one:&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;标注（labelling）：每个位置得到自己的标签，logits&lt;sub&gt;i&lt;/sub&gt; = W&lt;sub&gt;g&lt;/sub&gt; h&lt;sub&gt;i&lt;/sub&gt; + b&lt;sub&gt;g&lt;/sub&gt;，再做 softmax。标签取概率最大的那个：&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>the mean of the rows of h</source>
        <translation>h 各行的平均</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>pooled</source>
        <translation>池化</translation>
    </message>
    <message>
        <source>p = softmax(W_g mean + b_g)</source>
        <translation>p = softmax(W_g mean + b_g)</translation>
    </message>
    <message>
        <source>sequence</source>
        <translation>序列</translation>
    </message>
    <message>
        <source>&lt;p&gt;Classification: one label for the whole sequence. Mean pooling averages the %1 rows of h into one vector; logits = W&lt;sub&gt;g&lt;/sub&gt; mean + b&lt;sub&gt;g&lt;/sub&gt;; the label is &lt;b&gt;%2&lt;/b&gt; (p = %3).&lt;/p&gt;</source>
        <translation>&lt;p&gt;分类：整个序列只有一个标签。平均池化把 h 的 %1 行平均成一个向量；logits = W&lt;sub&gt;g&lt;/sub&gt; mean + b&lt;sub&gt;g&lt;/sub&gt;；标签是 &lt;b&gt;%2&lt;/b&gt;（p = %3）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Here the decoder reads &amp;lt;bos&amp;gt; %1, the target typed (teacher forcing; see the lesson “Encoder–decoder”).&lt;/p&gt;</source>
        <translation>&lt;p&gt;这里解码器读入 &amp;lt;bos&amp;gt; %1，即输入的目标序列（teacher forcing；见“编码器–解码器”一课）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Here the decoder reads &amp;lt;bos&amp;gt; %1, the output the model wrote itself (see the lesson “Encoder–decoder”).&lt;/p&gt;</source>
        <translation>&lt;p&gt;这里解码器读入 &amp;lt;bos&amp;gt; %1，即模型自己写出的输出（见“编码器–解码器”一课）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Sequence to sequence: the encoder's output h (%1 rows, one per input token) is the memory the decoder reads. In every decoder layer, cross-attention takes its keys and values from these rows, and its queries from the output written so far.&lt;/p&gt;</source>
        <translation>&lt;p&gt;序列到序列：编码器的输出 h（%1 行，每个输入词元一行）是解码器读取的记忆（memory）。在解码器的每一层，交叉注意力（cross-attention）的键和值来自这些行，查询来自目前已写出的输出。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>al::TransformerControls</name>
    <message>
        <source>The bundled model %1 was not found: open a model file.</source>
        <translation>找不到内置模型 %1：请打开一个模型文件。</translation>
    </message>
    <message>
        <source>The bundled trained models this lesson can show, and the files opened here</source>
        <translation>本课程可显示的内置训练模型，以及在此打开的文件</translation>
    </message>
    <message>
        <source>Open model…</source>
        <translation>打开模型…</translation>
    </message>
    <message>
        <source>Open an attention-lab/transformer@1 file (or drop one on the window)</source>
        <translation>打开 attention-lab/transformer@1 文件（或将其拖放到窗口上）</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <source>tokens of the model's vocabulary, separated by spaces</source>
        <translation>模型词表中的词元，以空格分隔</translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation>提示：</translation>
    </message>
    <message>
        <source>Input:</source>
        <translation>输入：</translation>
    </message>
    <message>
        <source>empty: the decoder reads the model's own output (generation)</source>
        <translation>留空：解码器读取模型自己的输出（生成）</translation>
    </message>
    <message>
        <source>Teacher forcing: the decoder reads &lt;bos&gt; and these tokens, whatever it predicts</source>
        <translation>Teacher forcing：无论预测什么，解码器都读取 &lt;bos&gt; 和这些词元</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <source>Layer </source>
        <translation>层 </translation>
    </message>
    <message>
        <source>Head </source>
        <translation>头 </translation>
    </message>
    <message>
        <source>Position </source>
        <translation>位置 </translation>
    </message>
    <message>
        <source>The position (row) the steps follow</source>
        <translation>各步骤跟随的位置（行）</translation>
    </message>
    <message>
        <source>Generation step </source>
        <translation>生成步 </translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>%1 is a model for %2: this lesson shows %3.</source>
        <translation>%1 是%2模型：本课程显示%3模型。</translation>
    </message>
    <message>
        <source>%1 (file)</source>
        <translation>%1（文件）</translation>
    </message>
    <message>
        <source>This lesson has no target.</source>
        <translation>本课程没有目标序列。</translation>
    </message>
    <message>
        <source>Open a Transformer model</source>
        <translation>打开 Transformer 模型</translation>
    </message>
    <message>
        <source>Transformer models (*.json);;All files (*)</source>
        <translation>Transformer 模型 (*.json);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) known</source>
        <translation>
            <numerusform>已知 %n 个词元</numerusform>
        </translation>
    </message>
    <message>
        <source>The model's vocabulary: %1</source>
        <translation>模型的词表：%1</translation>
    </message>
    <message>
        <source>Tokens of the model's vocabulary, separated by spaces: %1</source>
        <translation>模型词表中的词元，以空格分隔：%1</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>目标：%1</translation>
    </message>
    <message>
        <source>“%1” (token %2) is not in the model's vocabulary</source>
        <translation>“%1”（第 %2 个词元）不在模型的词表中</translation>
    </message>
    <message>
        <source>%1 is not a Transformer model: its "format" is not attention-lab/transformer@1.</source>
        <translation>%1 不是 Transformer 模型：它的 "format" 不是 attention-lab/transformer@1。</translation>
    </message>
    <message>
        <source>%1 — the pictures still show “%2”.</source>
        <translation>%1——图中仍显示“%2”。</translation>
    </message>
</context>
<context>
    <name>al::TransformerLesson</name>
    <message>
        <source>labelling</source>
        <translation>序列标注</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>sequence to sequence</source>
        <translation>序列到序列</translation>
    </message>
    <message>
        <source>language modelling</source>
        <translation>语言模型</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No model is open.&lt;/b&gt; Open a Transformer model (an attention-lab/transformer@1 file) with the button above, File → Open, or by dropping it on the window.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;没有打开模型。&lt;/b&gt;请用上方的按钮、文件 → 打开，或将文件拖放到窗口上，打开一个 Transformer 模型（attention-lab/transformer@1 文件）。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>al::UserGuideWindow</name>
    <message>
        <source>AttentionLab user guide</source>
        <translation>AttentionLab 使用指南</translation>
    </message>
</context>
<context>
    <name>al::VectorsInLesson</name>
    <message>
        <source>token</source>
        <translation>词元</translation>
    </message>
    <message>
        <source>dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>The inputs aⁱ  (%1 × %2)</source>
        <translation>输入 aⁱ  （%1 × %2）</translation>
    </message>
    <message>
        <source>Positional vectors eⁱ (%1)</source>
        <translation>位置向量 eⁱ（%1）</translation>
    </message>
    <message>
        <source>What the layer sees: xⁱ = aⁱ + eⁱ</source>
        <translation>层看到的：xⁱ = aⁱ + eⁱ</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Self-attention receives N = %3 vectors a&lt;sup&gt;1&lt;/sup&gt; … a&lt;sup&gt;%3&lt;/sup&gt;, one per token, each with d&lt;sub&gt;model&lt;/sub&gt; = %4 numbers: one row of the heatmap per token. Whatever they stand for — words, speech frames, atoms, people — the layer sees only these numbers.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;自注意力接收 N = %3 个向量 a&lt;sup&gt;1&lt;/sup&gt; … a&lt;sup&gt;%3&lt;/sup&gt;，每个词元一个，每个有 d&lt;sub&gt;model&lt;/sub&gt; = %4 个数：热力图中每个词元一行。无论它们代表什么——词、语音帧、原子、人——层只看到这些数。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;This model adds a positional vector e&lt;sup&gt;i&lt;/sup&gt; to each input, so the layer also knows where each token stands.&lt;/p&gt;</source>
        <translation>&lt;p&gt;这个模型给每个输入加上一个位置向量 e&lt;sup&gt;i&lt;/sup&gt;，所以层也知道每个词元在哪里。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Vectors in</source>
        <translation>输入向量</translation>
    </message>
    <message>
        <source>The input vectors a¹ … aᴺ</source>
        <translation>输入向量 a¹ … aᴺ</translation>
    </message>
</context>
<context>
    <name>al::WalkthroughLesson</name>
    <message>
        <source>dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>token</source>
        <translation>词元</translation>
    </message>
    <message>
        <source>input dimension</source>
        <translation>输入维度</translation>
    </message>
    <message>
        <source>query</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>%1 = %2: how much %3 attends to %4</source>
        <translation>%1 = %2：%3 对 %4 的关注程度</translation>
    </message>
    <message>
        <source>The inputs aⁱ (one row per token)</source>
        <translation>输入 aⁱ（每个词元一行）</translation>
    </message>
    <message>
        <source>W^q  (d_k × d_model)</source>
        <translation>W^q  (d_k × d_model)</translation>
    </message>
    <message>
        <source>q dimension</source>
        <translation>q 维度</translation>
    </message>
    <message>
        <source>W^k  (d_k × d_model)</source>
        <translation>W^k  (d_k × d_model)</translation>
    </message>
    <message>
        <source>k dimension</source>
        <translation>k 维度</translation>
    </message>
    <message>
        <source>The keys kʲ (one row per token)</source>
        <translation>键 kʲ（每个词元一行）</translation>
    </message>
    <message>
        <source>The keys kʲ</source>
        <translation>键 kʲ</translation>
    </message>
    <message>
        <source>Scores %1</source>
        <translation>注意力分数 %1</translation>
    </message>
    <message>
        <source>Weights %1</source>
        <translation>权重 %1</translation>
    </message>
    <message>
        <source>W^v  (d_v × d_model)</source>
        <translation>W^v  (d_v × d_model)</translation>
    </message>
    <message>
        <source>v dimension</source>
        <translation>v 维度</translation>
    </message>
    <message>
        <source>The values vʲ (one row per token)</source>
        <translation>值 vʲ（每个词元一行）</translation>
    </message>
    <message>
        <source>All weights α′ (row i = query i)</source>
        <translation>所有权重 α′（第 i 行 = 查询 i）</translation>
    </message>
    <message>
        <source>All outputs bⁱ (one row per token)</source>
        <translation>所有输出 bⁱ（每个词元一行）</translation>
    </message>
    <message>
        <source>Computing b¹ step by step</source>
        <translation>一步一步计算 b¹</translation>
    </message>
    <message>
        <source>Computing %1 step by step</source>
        <translation>一步一步计算 %1</translation>
    </message>
</context>
<context>
    <name>al::WeightsEditor</name>
    <message>
        <source>a (inputs)</source>
        <translation>a（输入）</translation>
    </message>
    <message>
        <source>The input vectors, one row per token. Double-click a cell to edit it.</source>
        <translation>输入向量，每个词元一行。双击格子进行编辑。</translation>
    </message>
    <message>
        <source>W^q</source>
        <translation>W^q</translation>
    </message>
    <message>
        <source>W^q: row r gives entry r of every query q = W^q a</source>
        <translation>W^q：第 r 行给出每个查询 q = W^q a 的第 r 个分量</translation>
    </message>
    <message>
        <source>W^k</source>
        <translation>W^k</translation>
    </message>
    <message>
        <source>W^k: row r gives entry r of every key k = W^k a</source>
        <translation>W^k：第 r 行给出每个键 k = W^k a 的第 r 个分量</translation>
    </message>
    <message>
        <source>W^v</source>
        <translation>W^v</translation>
    </message>
    <message>
        <source>W^v: row r gives entry r of every value v = W^v a</source>
        <translation>W^v：第 r 行给出每个值 v = W^v a 的第 r 个分量</translation>
    </message>
    <message>
        <source>W^o</source>
        <translation>W^o</translation>
    </message>
    <message>
        <source>W^o: the output projection b = W^o c (only with the projection on)</source>
        <translation>W^o：输出投影 b = W^o c（仅在打开投影时）</translation>
    </message>
    <message>
        <source>w_a</source>
        <translation>w_a</translation>
    </message>
    <message>
        <source>w_a: one row per head, for additive scores w_a·tanh(q + k)</source>
        <translation>w_a：每个头一行，用于加性分数 w_a·tanh(q + k)</translation>
    </message>
    <message>
        <source>head </source>
        <translation>头 </translation>
    </message>
    <message>
        <source>a word</source>
        <translation>一个词</translation>
    </message>
    <message>
        <source>Type your own sentence: a new word's vector comes from the seed and the word, so the same word always starts with the same vector</source>
        <translation>输入你自己的句子：新词的向量由种子和这个词生成，所以同一个词总是从同一个向量开始</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>插入</translation>
    </message>
    <message>
        <source>Insert the word after the selected token (at the end when none is selected)</source>
        <translation>把这个词插在选中的词元之后（没有选中时插在末尾）</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>改名</translation>
    </message>
    <message>
        <source>Give the selected token this word, and the word's vector</source>
        <translation>把选中的词元改成这个词，并换成这个词的向量</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove the selected token</source>
        <translation>删除选中的词元</translation>
    </message>
    <message>
        <source>Select the token to rename: click its row in the table.</source>
        <translation>请先选中要改名的词元：点击表格中它的那一行。</translation>
    </message>
    <message>
        <source>Select the token to remove: click its row in the table.</source>
        <translation>请先选中要删除的词元：点击表格中它的那一行。</translation>
    </message>
</context>
<context>
    <name>al::WelcomePage</name>
    <message>
        <source>&lt;h1&gt;Welcome to AttentionLab&lt;/h1&gt;&lt;p&gt;AttentionLab shows self-attention step by step, with the real numbers: how each input aⁱ becomes a query qⁱ, a key kⁱ and a value vⁱ, how the scores α and the weights α′ come out of them, and how every output bⁱ is mixed from the values. Every number on screen is computed from the sample you open, and you can edit any of them.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Where to start:&lt;/b&gt; the walkthrough, &lt;i&gt;Computing b¹ step by step&lt;/i&gt;, follows the lecture's seven steps for one query. The lessons after it show the matrix form, multi-head attention, positional encoding, masks, scoring variants and convolution.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Getting about:&lt;/b&gt; the lessons are listed on the left. &lt;b&gt;Next ▶&lt;/b&gt; or → goes to the next step, and from a lesson's last step to the next lesson; ◀ Back or ← goes back. Click a row of a heatmap to follow that query. The model and every vector and weight are on the right, ready to edit. F5 shows the page full screen for a lecture.&lt;/p&gt;&lt;p&gt;Help → User guide explains every lesson; Help → Keyboard shortcuts lists the keys.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;欢迎使用 AttentionLab&lt;/h1&gt;&lt;p&gt;AttentionLab 用真实的数一步一步地展示自注意力：每个输入 aⁱ 怎样变成查询 qⁱ、键 kⁱ 和值 vⁱ，注意力分数 α 和权重 α′ 怎样由它们得出，每个输出 bⁱ 又怎样由值混合而成。屏幕上的每个数都由你打开的样例算出，任何一个都可以修改。&lt;/p&gt;&lt;p&gt;&lt;b&gt;从哪里开始：&lt;/b&gt;逐步演算《&lt;i&gt;一步一步计算 b¹&lt;/i&gt;》按讲义的七个步骤跟随一个查询。之后的各课讲矩阵形式、多头注意力、位置编码、掩码、打分方式和卷积。&lt;/p&gt;&lt;p&gt;&lt;b&gt;怎样浏览：&lt;/b&gt;左边是课程列表。&lt;b&gt;下一步 ▶&lt;/b&gt; 或 → 进入下一步，在一课的最后一步时进入下一课；◀ 上一步或 ← 返回。点击热力图的一行可以跟随那个查询。右边是模型以及每个向量和权重，都可以编辑。F5 把本页全屏显示，用于讲课。&lt;/p&gt;&lt;p&gt;帮助 → 使用指南逐课讲解；帮助 → 键盘快捷键列出所有按键。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Start with the walkthrough</source>
        <translation>从逐步演算开始</translation>
    </message>
    <message>
        <source>Begin with the input vectors</source>
        <translation>从输入向量开始</translation>
    </message>
    <message>
        <source>Read the user guide</source>
        <translation>阅读使用指南</translation>
    </message>
</context>
<context>
    <name>al::Worker</name>
    <message>
        <source>There is not enough memory for this computation.</source>
        <translation>内存不足，无法完成这次计算。</translation>
    </message>
</context>
</TS>
