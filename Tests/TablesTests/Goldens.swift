/// Golden renderings of `sampleTable()`, checked by eye when written.
///
/// CSV lines end in CRLF; the literal below uses LF and the test converts it.
let goldenCSV = #"""
Group,Target_name,MAE (%),Kendall τ,Share,Params
Accuracy & co,top_1 <acc>,0.317,0.917 ± 0.004,50.0%,"5,288,548"
Accuracy & co,"A ""quoted"", text",0.317,0.917 ± 0.002,12.5%,"-1,234"
Throughput,3090 ~50%,12.500,n/a,,999
"""# + "\n"

let goldenLaTeX = #"""
\begin{table}[t]
  \centering
  \caption{Fit \textless{}quality\textgreater{} \& 100\% of test\_set}
  \label{tab:fit}
  \begin{tabular}{lrrrr}
    \toprule
    Target\_name & MAE (\%) & Kendall $\tau$ & Share & Params \\
    \midrule
    \multicolumn{5}{l}{\textit{Accuracy \& co}} \\
    top\_1 \textless{}acc\textgreater{} & \textbf{0.317} & \textbf{0.917 $\pm$ 0.004} & 50.0\% & 5,288,548 \\
    A "quoted", text & \textbf{0.317} & \textbf{0.917 $\pm$ 0.002} & 12.5\% & -1,234 \\
    \midrule
    \multicolumn{5}{l}{\textit{Throughput}} \\
    3090 \textasciitilde{}50\% & 12.500 & n/a &  & 999 \\
    \bottomrule
  \end{tabular}
\end{table}
"""# + "\n"

let goldenHTML = #"""
<table class="repro-table" id="tab:fit">
  <caption>Fit &lt;quality&gt; &amp; 100% of test_set</caption>
  <thead>
    <tr><th class="text">Target_name</th><th class="num">MAE (%)</th><th class="num">Kendall τ</th><th class="num">Share</th><th class="num">Params</th></tr>
  </thead>
  <tbody>
    <tr class="group"><th colspan="5">Accuracy &amp; co</th></tr>
    <tr><td class="text">top_1 &lt;acc&gt;</td><td class="num best">0.317</td><td class="num best">0.917 ± 0.004</td><td class="num">50.0%</td><td class="num">5,288,548</td></tr>
    <tr><td class="text">A &quot;quoted&quot;, text</td><td class="num best">0.317</td><td class="num best">0.917 ± 0.002</td><td class="num">12.5%</td><td class="num">-1,234</td></tr>
  </tbody>
  <tbody>
    <tr class="group"><th colspan="5">Throughput</th></tr>
    <tr><td class="text">3090 ~50%</td><td class="num">12.500</td><td class="num">n/a</td><td class="num"></td><td class="num">999</td></tr>
  </tbody>
</table>
"""# + "\n"

let goldenMarkdown = #"""
**Fit \<quality\> \& 100% of test\_set**

| Target\_name | MAE (%) | Kendall τ | Share | Params |
| :--- | ---: | ---: | ---: | ---: |
| *Accuracy \& co* | | | | |
| top\_1 \<acc\> | **0.317** | **0.917 ± 0.004** | 50.0% | 5,288,548 |
| A "quoted", text | **0.317** | **0.917 ± 0.002** | 12.5% | -1,234 |
| *Throughput* | | | | |
| 3090 \~50% | 12.500 | n/a |  | 999 |
"""# + "\n"
