#!/usr/bin/env bash
# Renders the pictures of README.md and docs/ with the app's own screenshot command, in
# English and in Chinese. Run after `make build`; writes docs/images/*.png.
set -euo pipefail
cd "$(dirname "$0")/.."
app=build/app/attention-lab
out=docs/images
mkdir -p "$out"
shot() { # NAME SAMPLE LESSON STEP QUERY [more options]
    local name=$1 sample=$2 lesson=$3 step=$4 query=$5
    shift 5
    "$app" screenshot "samples/$sample" -o "$out/$name.png" --lesson "$lesson" --step "$step" --query "$query" "$@"
}
for lang in en zh_CN; do
    suffix=$([[ $lang == en ]] && echo "" || echo "-zh")
    shot "vectors$suffix"          chinese-tianya.json   vectors     1 1 --lang $lang
    shot "walkthrough-step7$suffix" animal-street.json   walkthrough 7 8 --lang $lang
    shot "matrix-form-step4$suffix" animal-street.json   matrix      4 1 --lang $lang
    shot "multihead-step2$suffix"  social-network.json   multihead   2 1 --lang $lang
    shot "positional-step5$suffix" chinese-tianya.json   positional  5 1 --lang $lang
    shot "masks-step2$suffix"      speech-frames.json    masks       2 1 --lang $lang
    shot "scoring-step5$suffix"    animal-street.json    scoring     5 1 --lang $lang
    shot "convolution-step2$suffix" animal-street.json   convolution 2 1 --lang $lang
    shot "rnn-step2$suffix"        animal-street.json    rnn         2 8 --lang $lang
    shot "transformer-block-step2$suffix" animal-street.json transformer-block 2 1 --lang $lang
    shot "encoder-decoder-step3$suffix" animal-street.json encoder-decoder 3 1 --lang $lang
    shot "gpt-step4$suffix"        animal-street.json    gpt         4 1 --lang $lang
    shot "classification-step2$suffix" animal-street.json classification 2 1 --lang $lang
    shot "training-step4$suffix"   animal-street.json    training    4 1 --train-steps 500 --lang $lang
    shot "training-step5$suffix"   animal-street.json    training    5 1 --dataset samples/models/number-words.dataset.json \
        --train-steps 300 --lang $lang
done
shot presentation animal-street.json walkthrough 5 8 --presentation --lang en
echo "wrote $(ls "$out" | wc -l) pictures to $out"
