"""The commander's Q&A drill, judged: each answer against its question, and the drill as a whole.

Pure like the rest of the core: plain words and reports in, typed verdicts out.
Recording, the spoken questions and storage live in `rehearse.session.drill`.
"""

from rehearse.core.drill.answer import answer_scenario, judge_answer
from rehearse.core.drill.summary import drill_dict, drill_fixes, verdict_counts
from rehearse.core.drill.verdict import VERDICTS, AnswerVerdict, Check, Delivery

__all__ = ["VERDICTS", "AnswerVerdict", "Check", "Delivery", "answer_scenario", "drill_dict", "drill_fixes",
           "judge_answer", "verdict_counts"]
