#!/usr/bin/env python3
"""Writes the conformance suite bpmn-samples/semantics/: one small BPMN model per rule of the
token game (plugins/soundness/README.md, "The token game, rule by rule").

Every model is described compactly below (pools, lanes, nodes, sequence flows, message flows)
together with the verdicts of the four soundness checks derived from BPMN 2.0.2 and the
semantics. The script writes each model as a .bpmn file with full DI (a simple layered
left-to-right layout), so the files open in bpmn.io.

    python3 scripts/semantics_samples.py            # writes bpmn-samples/semantics/*.bpmn
    python3 scripts/semantics_samples.py --expected # prints the verdict columns of expected.txt

expected.txt and README.md in that folder are maintained by hand (the state counts come from
exploring the models); --expected only helps to keep their verdict columns in step.

Description of a node: (id, kind, name, options). Kinds: start, end, task, userTask, sendTask,
receiveTask, xor, and, or, ebg (event-based gateway), catch, throw (intermediate events),
boundary, sub (embedded subprocess; options 'nodes' and 'flows'), evsub (event subprocess,
same options), call (call activity; option 'called'). Options: 'ev' the event definition
('message', 'timer', 'signal', 'error', 'escalation', 'terminate', 'conditional:EXPR',
'link:NAME'), 'attached' and 'cancel' for boundary events, 'interrupting' for the start event
of an event subprocess, 'default' for a gateway's default flow, 'lane'.
A sequence flow is 'source>target' or ('source>target', condition).
"""
import os
import sys
from xml.sax.saxutils import escape, quoteattr

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "bpmn-samples", "semantics")

# ----------------------------------------------------------------------------------------------
# The models

PASS4 = ("pass", "pass", "pass", "pass")


def model(file, rule, section, verdicts, old, pools, messages=(), variables=(), note=""):
    return dict(file=file, rule=rule, section=section, verdicts=verdicts, old=old, pools=pools,
                messages=list(messages), variables=list(variables), note=note)


def pool(pid, name, nodes, flows, lanes=None, participant=True):
    return dict(id=pid, name=name, nodes=nodes, flows=flows, lanes=lanes or [],
                participant=participant)


def n(nid, kind, name, **opts):
    return (nid, kind, name, opts)


def reminder_sender():
    """An office that sends a reminder, then again as often as it likes (a channel without
    bound)."""
    return pool("Process_office", "Office", [
        n("O_start", "start", "Start"),
        n("O_remind", "sendTask", "Send reminder"),
        n("O_again", "xor", "Again?"),
        n("O_end", "end", "Stop")],
        ["O_start>O_remind", "O_remind>O_again", "O_again>O_remind", "O_again>O_end"])


TIMER = dict(ev="timer")

MODELS = [
    # --- gateways -------------------------------------------------------------------------
    model("exclusive-split-join.bpmn", "exclusive split (free choice) and exclusive join",
          "13.4.2", PASS4, "same",
          [pool("Process_main", "Exclusive", [
              n("Start", "start", "Start"),
              n("Split", "xor", "Which?"),
              n("Task_a", "task", "Do A"),
              n("Task_b", "task", "Do B"),
              n("Join", "xor", ""),
              n("End", "end", "End")],
              ["Start>Split", "Split>Task_a", "Split>Task_b", "Task_a>Join", "Task_b>Join",
               "Join>End"])]),
    model("parallel-split-join.bpmn", "parallel split and parallel join", "13.4.1", PASS4,
          "same",
          [pool("Process_main", "Parallel", [
              n("Start", "start", "Start"),
              n("Split", "and", ""),
              n("Task_a", "task", "Do A"),
              n("Task_b", "task", "Do B"),
              n("Join", "and", ""),
              n("End", "end", "End")],
              ["Start>Split", "Split>Task_a", "Split>Task_b", "Task_a>Join", "Task_b>Join",
               "Join>End"])]),
    model("inclusive-split-join.bpmn",
          "inclusive split (every flow whose guard holds, default when none) and inclusive join",
          "13.4.3", PASS4, "same",
          [pool("Process_main", "Inclusive", [
              n("Start", "start", "Start"),
              n("Split", "or", "Which?", default="Flow_Split_Task_c"),
              n("Task_a", "task", "Do A"),
              n("Task_b", "task", "Do B"),
              n("Task_c", "task", "Do C"),
              n("Join", "or", ""),
              n("End", "end", "End")],
              ["Start>Split", ("Split>Task_a", "=a"), ("Split>Task_b", "=b"), "Split>Task_c",
               "Task_a>Join", "Task_b>Join", "Task_c>Join", "Join>End"])],
          variables=[("a", "boolean"), ("b", "boolean")]),
    model("inclusive-join-loop.bpmn",
          "inclusive join fires when every token that can reach an empty input can also reach a "
          "marked one (the waiting token sits before a parallel join fed by the inclusive join)",
          "13.4.3", PASS4,
          "the join waits for the token at 'Sync' (upstream of the empty input): deadlock, "
          "'Annex' dead (option-to-complete fail, dead-activity fail)",
          [pool("Process_main", "Inclusive join in a loop", [
              n("Start", "start", "Start"),
              n("Fork", "and", ""),
              n("Task_draft", "task", "Draft"),
              n("Merge", "xor", ""),
              n("Join", "or", "Review"),
              n("Sync", "and", "Sync"),
              n("Again", "xor", "Again?"),
              n("Round", "and", "Next round"),
              n("Task_annex", "task", "Annex"),
              n("End", "end", "End")],
              ["Start>Fork", "Fork>Task_draft", "Fork>Merge", "Task_draft>Join",
               "Task_annex>Join", "Merge>Sync", "Join>Sync", "Sync>Again", "Again>End",
               "Again>Round", "Round>Task_draft", "Round>Merge", "Round>Task_annex"])]),
    model("event-based-message-timer.bpmn",
          "event-based gateway: the first of a message (from outside) and a timer wins",
          "13.4.4", PASS4, "same",
          [pool("Process_main", "Event-based choice", [
              n("Start", "start", "Start"),
              n("Choice", "ebg", ""),
              n("Catch_msg", "catch", "Reply", ev="message"),
              n("Catch_timer", "catch", "After 5 days", ev="timer"),
              n("Task_reply", "task", "Handle reply"),
              n("Task_remind", "task", "Send reminder"),
              n("Join", "xor", ""),
              n("End", "end", "End")],
              ["Start>Choice", "Choice>Catch_msg", "Choice>Catch_timer", "Catch_msg>Task_reply",
               "Catch_timer>Task_remind", "Task_reply>Join", "Task_remind>Join", "Join>End"])]),
    model("parallel-gateway-no-incoming.bpmn",
          "a parallel gateway without incoming flow, in a process with a start event, never "
          "fires (structural defect: node-without-incoming)",
          "10.5.2, 13.4.1", ("pass", "pass", "pass", "fail"),
          "the gateway fired at the start: 'Do B' and 'Do C' ran and 'End' was reached three "
          "times (dead-activity pass, proper-completion fail)",
          [pool("Process_main", "Gateway without input", [
              n("Start", "start", "Start"),
              n("Task_a", "task", "Do A"),
              n("Orphan", "and", "No input"),
              n("Task_b", "task", "Do B"),
              n("Task_c", "task", "Do C"),
              n("End", "end", "End")],
              ["Start>Task_a", "Task_a>End", "Orphan>Task_b", "Orphan>Task_c", "Task_b>End",
               "Task_c>End"])],
          note="structure: node-without-incoming on 'Orphan' (on purpose)"),
    model("exclusive-gateway-no-outgoing.bpmn",
          "an exclusive gateway without outgoing flow keeps its token: deadlock (structural "
          "defect: node-without-outgoing)",
          "13.4.2", ("pass", "fail", "pass", "pass"),
          "the gateway swallowed the token: the run completed (option-to-complete pass)",
          [pool("Process_main", "Gateway without output", [
              n("Start", "start", "Start"),
              n("Fork", "and", ""),
              n("Task_a", "task", "Do A"),
              n("Task_b", "task", "Do B"),
              n("Sink", "xor", "No output"),
              n("End", "end", "End")],
              ["Start>Fork", "Fork>Task_a", "Fork>Task_b", "Task_a>Sink", "Task_b>End"])],
          note="structure: node-without-outgoing on 'Sink' (on purpose)"),
    # --- starts and ends ------------------------------------------------------------------
    model("start-alternatives.bpmn",
          "several none start events are alternatives: the instance starts at one of them",
          "13.2, 10.5.2", PASS4, "same",
          [pool("Process_main", "Alternative starts", [
              n("Start_a", "start", "Start A"),
              n("Start_b", "start", "Start B"),
              n("Task_a", "task", "Do A"),
              n("Task_b", "task", "Do B"),
              n("End", "end", "End")],
              ["Start_a>Task_a", "Start_b>Task_b", "Task_a>End", "Task_b>End"])]),
    model("implicit-start.bpmn",
          "a process without start events: every node without incoming flow starts, together "
          "(structural defect: no-start-event)",
          "10.5.2, 13.2", PASS4, "same",
          [pool("Process_main", "Implicit start", [
              n("Task_a", "task", "Do A"),
              n("Task_b", "task", "Do B"),
              n("Join", "and", ""),
              n("End", "end", "End")],
              ["Task_a>Join", "Task_b>Join", "Join>End"])],
          note="structure: no-start-event (on purpose)"),
    model("message-start-only.bpmn",
          "a process with only message start events need not start; the message comes from "
          "outside",
          "13.2, 10.5.2", PASS4, "same",
          [pool("Process_main", "Message start", [
              n("Start_msg", "start", "Request", ev="message"),
              n("Task_a", "task", "Handle"),
              n("End", "end", "End")],
              ["Start_msg>Task_a", "Task_a>End"])]),
    model("parallel-ends.bpmn",
          "parallel branches ending in their own end events: implicit termination is proper",
          "13.5.6, 13.2", PASS4,
          "the first end event is reached while the other branch runs (proper-completion fail)",
          [pool("Process_main", "Parallel ends", [
              n("Start", "start", "Start"),
              n("Fork", "and", ""),
              n("Task_a", "task", "Do A"),
              n("Task_b", "task", "Do B"),
              n("End_a", "end", "A done"),
              n("End_b", "end", "B done")],
              ["Start>Fork", "Fork>Task_a", "Fork>Task_b", "Task_a>End_a", "Task_b>End_b"])]),
    model("end-reached-twice.bpmn",
          "two parallel branches meet at one end event: reached twice in one instance "
          "(rule end-reached-twice)",
          "13.5.6", ("pass", "pass", "fail", "pass"), "same (tokens-left-at-end)",
          [pool("Process_main", "End reached twice", [
              n("Start", "start", "Start"),
              n("Fork", "and", ""),
              n("Task_a", "task", "Do A"),
              n("Task_b", "task", "Do B"),
              n("End", "end", "End")],
              ["Start>Fork", "Fork>Task_a", "Fork>Task_b", "Task_a>End", "Task_b>End"])]),
    model("terminate-process.bpmn",
          "a terminate end event ends the instance while another branch still runs",
          "13.5.6", PASS4,
          "terminate reached while the other branch holds a token (proper-completion fail)",
          [pool("Process_main", "Terminate", [
              n("Start", "start", "Start"),
              n("Fork", "and", ""),
              n("Task_a", "task", "Do A"),
              n("Task_b", "task", "Do B"),
              n("Terminate", "end", "Stop all", ev="terminate"),
              n("End", "end", "End")],
              ["Start>Fork", "Fork>Task_a", "Fork>Task_b", "Task_a>Terminate", "Task_b>End"])]),
    model("terminate-subprocess.bpmn",
          "a terminate end event inside a subprocess ends only the subprocess; the parent goes on",
          "13.5.6, 13.3.4", PASS4,
          "terminate reached while the other branch of the subprocess holds a token "
          "(proper-completion fail)",
          [pool("Process_main", "Terminate in a subprocess", [
              n("Start", "start", "Start"),
              n("Sub", "sub", "Review", nodes=[
                  n("Sub_start", "start", "Begin"),
                  n("Sub_fork", "and", ""),
                  n("Task_a", "task", "Do A"),
                  n("Task_b", "task", "Do B"),
                  n("Sub_terminate", "end", "Stop review", ev="terminate"),
                  n("Sub_end", "end", "B done")],
                flows=["Sub_start>Sub_fork", "Sub_fork>Task_a", "Sub_fork>Task_b",
                       "Task_a>Sub_terminate", "Task_b>Sub_end"]),
              n("Task_c", "task", "Do C"),
              n("End", "end", "End")],
              ["Start>Sub", "Sub>Task_c", "Task_c>End"])]),
    # --- subprocesses and calls -----------------------------------------------------------
    model("subprocess-two-ends.bpmn",
          "embedded subprocess: entered on a token, completes when no token is left inside "
          "(here two end events inside)",
          "13.3.4, 10.3.5", PASS4,
          "the first end event inside is reached while the other branch runs "
          "(proper-completion fail)",
          [pool("Process_main", "Embedded subprocess", [
              n("Start", "start", "Start"),
              n("Sub", "sub", "Checks", nodes=[
                  n("Sub_start", "start", "Begin"),
                  n("Sub_fork", "and", ""),
                  n("Task_a", "task", "Check A"),
                  n("Task_b", "task", "Check B"),
                  n("Sub_end_a", "end", "A checked"),
                  n("Sub_end_b", "end", "B checked")],
                flows=["Sub_start>Sub_fork", "Sub_fork>Task_a", "Sub_fork>Task_b",
                       "Task_a>Sub_end_a", "Task_b>Sub_end_b"]),
              n("Task_c", "task", "Decide"),
              n("End", "end", "End")],
              ["Start>Sub", "Sub>Task_c", "Task_c>End"])]),
    model("subprocess-loop.bpmn",
          "an end event inside a subprocess that runs again in a loop: reached once per "
          "activation, which is proper",
          "13.3.4, 13.5.6", PASS4, "same",
          [pool("Process_main", "Subprocess in a loop", [
              n("Start", "start", "Start"),
              n("Merge", "xor", ""),
              n("Sub", "sub", "Attempt", nodes=[
                  n("Sub_start", "start", "Begin"),
                  n("Task_a", "task", "Try"),
                  n("Sub_end", "end", "Tried")],
                flows=["Sub_start>Task_a", "Task_a>Sub_end"]),
              n("Again", "xor", "Again?"),
              n("End", "end", "End")],
              ["Start>Merge", "Merge>Sub", "Sub>Again", "Again>Merge", "Again>End"])]),
    model("call-activity-without-pool.bpmn",
          "a call activity runs a copy of a process of the same file (no pool of its own)",
          "13.3.4, 10.3.6", PASS4, "same",
          [pool("Process_main", "Caller", [
              n("Start", "start", "Start"),
              n("Call", "call", "Run check", called="Process_called"),
              n("End", "end", "End")],
              ["Start>Call", "Call>End"]),
           pool("Process_called", "Called check", [
               n("Called_start", "start", "Begin"),
               n("Called_fork", "and", ""),
               n("Task_a", "task", "Check A"),
               n("Task_b", "task", "Check B"),
               n("Called_join", "and", ""),
               n("Called_end", "end", "Checked")],
               ["Called_start>Called_fork", "Called_fork>Task_a", "Called_fork>Task_b",
                "Task_a>Called_join", "Task_b>Called_join", "Called_join>Called_end"],
               participant=False)]),
    # --- boundary events ------------------------------------------------------------------
    model("boundary-timer-interrupting.bpmn",
          "interrupting timer boundary event: fires instead of the activity completing",
          "13.5.3", PASS4, "same",
          [pool("Process_main", "Interrupting boundary", [
              n("Start", "start", "Start"),
              n("Task_a", "task", "Review"),
              n("Timer", "boundary", "Overdue", attached="Task_a", cancel=True, ev="timer"),
              n("Task_b", "task", "Escalate"),
              n("Join", "xor", ""),
              n("End", "end", "End")],
              ["Start>Task_a", "Task_a>Join", "Timer>Task_b", "Task_b>Join", "Join>End"])]),
    model("boundary-timer-non-interrupting.bpmn",
          "non-interrupting timer boundary event: fires (once) while the activity goes on; the "
          "two paths end in their own end events",
          "13.5.3, 13.5.6", PASS4,
          "an end event is reached while the other path runs (proper-completion fail)",
          [pool("Process_main", "Non-interrupting boundary", [
              n("Start", "start", "Start"),
              n("Task_a", "task", "Review"),
              n("Timer", "boundary", "Reminder", attached="Task_a", cancel=False, ev="timer"),
              n("Task_b", "task", "Send reminder"),
              n("End_a", "end", "Reviewed"),
              n("End_b", "end", "Reminded")],
              ["Start>Task_a", "Task_a>End_a", "Timer>Task_b", "Task_b>End_b"])]),
    model("boundary-receive-task.bpmn",
          "interrupting timer boundary on a receive task: if the timer wins, the message sent "
          "to it is never received (rule undelivered-message)",
          "13.5.3, 13.3.3", ("pass", "pass", "fail", "pass"),
          "the message left in transit made the run incomplete (option-to-complete fail, "
          "proper-completion pass)",
          [pool("Process_applicant", "Applicant", [
              n("A_start", "start", "Start"),
              n("A_send", "sendTask", "Send form"),
              n("A_end", "end", "Sent")],
              ["A_start>A_send", "A_send>A_end"]),
           pool("Process_office", "Office", [
               n("O_start", "start", "Start"),
               n("O_receive", "receiveTask", "Get form"),
               n("O_timer", "boundary", "Deadline", attached="O_receive", cancel=True,
                 ev="timer"),
               n("O_file", "task", "File form"),
               n("O_close", "task", "Close case"),
               n("O_join", "xor", ""),
               n("O_end", "end", "Done")],
               ["O_start>O_receive", "O_receive>O_file", "O_timer>O_close", "O_file>O_join",
                "O_close>O_join", "O_join>O_end"])],
          messages=[("A_send", "O_receive")]),
    # --- messages ---------------------------------------------------------------------------
    model("send-receive.bpmn",
          "message flow between pools: a send task adds a message, a receive task waits for it",
          "13.3.3, 9.3", PASS4, "same",
          [pool("Process_applicant", "Applicant", [
              n("A_start", "start", "Start"),
              n("A_send", "sendTask", "Send form"),
              n("A_end", "end", "Sent")],
              ["A_start>A_send", "A_send>A_end"],
              lanes=[("Lane_applicant", "Applicant", ["A_start", "A_send", "A_end"])]),
           pool("Process_office", "Office", [
               n("O_start", "start", "Start"),
               n("O_receive", "receiveTask", "Get form"),
               n("O_check", "userTask", "Check form"),
               n("O_end", "end", "Done")],
               ["O_start>O_receive", "O_receive>O_check", "O_check>O_end"],
               lanes=[("Lane_desk", "Front desk", ["O_start", "O_receive", "O_end"]),
                      ("Lane_back", "Back office", ["O_check"])])],
          messages=[("A_send", "O_receive")]),
    model("message-start-instances.bpmn",
          "each message to a message start event creates an instance: a cashier whose pool "
          "starts on an order and again on a meal-ready notice",
          "13.2, 10.5.2", PASS4,
          "one start per process and run: the second message start never fires, the customer "
          "waits for ever (option-to-complete fail, dead activity 'Call customer')",
          [pool("Process_customer", "Customer", [
              n("C_start", "start", "Hungry"),
              n("C_order", "sendTask", "Place order"),
              n("C_called", "receiveTask", "Hear call"),
              n("C_end", "end", "Fed")],
              ["C_start>C_order", "C_order>C_called", "C_called>C_end"]),
           pool("Process_cashier", "Cashier", [
               n("K_order", "start", "Order", ev="message"),
               n("K_ticket", "sendTask", "Pass ticket"),
               n("K_end_order", "end", "Ticket passed"),
               n("K_ready", "start", "Meal ready", ev="message"),
               n("K_call", "sendTask", "Call customer"),
               n("K_end_ready", "end", "Called")],
               ["K_order>K_ticket", "K_ticket>K_end_order", "K_ready>K_call",
                "K_call>K_end_ready"]),
           pool("Process_kitchen", "Kitchen", [
               n("F_start", "start", "Open"),
               n("F_ticket", "receiveTask", "Get ticket"),
               n("F_cook", "task", "Cook"),
               n("F_done", "sendTask", "Report meal ready"),
               n("F_end", "end", "Closed")],
               ["F_start>F_ticket", "F_ticket>F_cook", "F_cook>F_done", "F_done>F_end"])],
          messages=[("C_order", "K_order"), ("K_ticket", "F_ticket"), ("F_done", "K_ready"),
                    ("K_call", "C_called")]),
    model("message-start-repeated.bpmn",
          "a resubmission starts the office's process again: instance after instance, and two "
          "at once while the first has not reached its end event yet",
          "13.2, 10.5.2", PASS4,
          "the office's process starts once per run: the resubmission is never received "
          "(option-to-complete fail)",
          [pool("Process_applicant", "Applicant", [
              n("A_start", "start", "Start"),
              n("A_submit", "sendTask", "Submit"),
              n("A_decision", "receiveTask", "Get decision"),
              n("A_accepted", "xor", "Accepted?"),
              n("A_end", "end", "Licensed")],
              ["A_start>A_submit", "A_submit>A_decision", "A_decision>A_accepted",
               "A_accepted>A_end", "A_accepted>A_submit"]),
           pool("Process_office", "Office", [
               n("O_start", "start", "Application", ev="message"),
               n("O_review", "userTask", "Review"),
               n("O_send", "sendTask", "Send decision"),
               n("O_end", "end", "Decided")],
               ["O_start>O_review", "O_review>O_send", "O_send>O_end"])],
          messages=[("A_submit", "O_start"), ("O_send", "A_decision")]),
    model("message-start-overlapping.bpmn",
          "two instances of the handler run at once: both wait for a go-ahead sent after the "
          "second request (--max-instances 1 makes the checks inconclusive, naming the handler)",
          "13.2, 10.5.2", PASS4,
          "the second request is never received; the handler waits for a second go-ahead "
          "(option-to-complete fail)",
          [pool("Process_sender", "Sender", [
              n("S_start", "start", "Start"),
              n("S_first", "sendTask", "Send first request"),
              n("S_second", "sendTask", "Send second request"),
              n("S_go", "sendTask", "Send go-ahead"),
              n("S_go2", "sendTask", "Send second go-ahead"),
              n("S_end", "end", "Done")],
              ["S_start>S_first", "S_first>S_second", "S_second>S_go", "S_go>S_go2",
               "S_go2>S_end"]),
           pool("Process_handler", "Handler", [
               n("H_start", "start", "Request", ev="message"),
               n("H_wait", "receiveTask", "Wait for go-ahead"),
               n("H_end", "end", "Handled")],
               ["H_start>H_wait", "H_wait>H_end"])],
          messages=[("S_first", "H_start"), ("S_second", "H_start"), ("S_go", "H_wait"),
                    ("S_go2", "H_wait")]),
    model("message-start-inclusive-join.bpmn",
          "two instances at once, each with its own inclusive join: a run is shown as the steps "
          "of the instances themselves (the second request finds no go-ahead)",
          "13.2, 10.5.2, 13.4.3", ("pass", "fail", "pass", "pass"),
          "the second request is never received (option-to-complete fail, about the single "
          "instance)",
          [pool("Process_sender", "Sender", [
              n("S_start", "start", "Start"),
              n("S_first", "sendTask", "Send first request"),
              n("S_second", "sendTask", "Send second request"),
              n("S_go", "sendTask", "Send go-ahead"),
              n("S_end", "end", "Done")],
              ["S_start>S_first", "S_first>S_second", "S_second>S_go", "S_go>S_end"]),
           pool("Process_handler", "Handler", [
               n("H_start", "start", "Request", ev="message"),
               n("H_split", "or", "Which checks?", default="Flow_H_split_H_b"),
               n("H_a", "task", "Check A"),
               n("H_b", "task", "Check B"),
               n("H_join", "or", ""),
               n("H_wait", "receiveTask", "Wait for go-ahead"),
               n("H_end", "end", "Handled")],
               ["H_start>H_split", ("H_split>H_a", "A needed"), "H_split>H_b", "H_a>H_join",
                "H_b>H_join", "H_join>H_wait", "H_wait>H_end"])],
          messages=[("S_first", "H_start"), ("S_second", "H_start"), ("S_go", "H_wait")]),
    model("message-to-plain-task.bpmn",
          "a message flow into a plain task is not awaited: the task runs without waiting, "
          "the message counts as handed to it",
          "13.3.3, 13.2", ("pass", "pass", "pass", "pass"),
          "the same",
          [pool("Process_applicant", "Applicant", [
              n("A_start", "start", "Start"),
              n("A_send", "sendTask", "Send form"),
              n("A_end", "end", "Sent")],
              ["A_start>A_send", "A_send>A_end"]),
           pool("Process_office", "Office", [
               n("O_start", "start", "Start"),
               n("O_task", "task", "Read form"),
               n("O_end", "end", "Done")],
               ["O_start>O_task", "O_task>O_end"])],
          messages=[("A_send", "O_task")]),
    model("message-skipped-receiver.bpmn",
          "a message whose receiver is skipped by an exclusive choice is left in transit: not a "
          "deadlock, an undelivered message",
          "13.2, 13.5.2", ("pass", "pass", "fail", "pass"),
          "the run that skips the receiver is stuck with a message left (option-to-complete "
          "fail, proper-completion pass)",
          [pool("Process_applicant", "Applicant", [
              n("A_start", "start", "Start"),
              n("A_throw", "throw", "Send note", ev="message"),
              n("A_end", "end", "Sent")],
              ["A_start>A_throw", "A_throw>A_end"]),
           pool("Process_office", "Office", [
               n("O_start", "start", "Start"),
               n("O_split", "xor", "Wait?"),
               n("O_catch", "catch", "Note", ev="message"),
               n("O_join", "xor", ""),
               n("O_end", "end", "Done")],
               ["O_start>O_split", "O_split>O_catch", "O_split>O_join", "O_catch>O_join",
                "O_join>O_end"])],
          messages=[("A_throw", "O_catch")]),
    model("message-from-outside.bpmn",
          "a message catch and a receive task without message flow get their message from "
          "outside the model, at any time",
          "13.5.2, 13.3.3", PASS4, "same",
          [pool("Process_main", "Message from outside", [
              n("Start", "start", "Start"),
              n("Catch", "catch", "Request", ev="message"),
              n("Receive", "receiveTask", "Get papers"),
              n("End", "end", "End")],
              ["Start>Catch", "Catch>Receive", "Receive>End"])]),
    model("message-channel-unbounded.bpmn",
          "a sender that loops fills a message channel without bound: past 3 messages the "
          "channel counts as \"at least n\", and every run that takes a message it surely "
          "holds is a real run",
          "9.3, 13.3.3", ("pass", "pass", "fail", "pass"),
          "inconclusive (more than 3 tokens gather on the message flow: the model may be "
          "unbounded)",
          [reminder_sender(),
           pool("Process_applicant", "Applicant", [
               n("A_start", "start", "Start"),
               n("A_get", "receiveTask", "Get reminder"),
               n("A_end", "end", "Reminded")],
               ["A_start>A_get", "A_get>A_end"])],
          messages=[("O_remind", "A_get")]),
    model("message-channel-receiver-loops.bpmn",
          "sender and receiver both loop on one channel: the receiver may ask for one reminder "
          "more than were sent and wait for good (a deadlock, found in the exact part below 4 "
          "messages)",
          "9.3, 13.3.3", ("pass", "fail", "fail", "pass"),
          "inconclusive (more than 3 tokens gather on the message flow)",
          [reminder_sender(),
           pool("Process_applicant", "Applicant", [
               n("A_start", "start", "Start"),
               n("A_join", "xor", ""),
               n("A_get", "receiveTask", "Get reminder"),
               n("A_more", "xor", "More?"),
               n("A_end", "end", "Reminded")],
               ["A_start>A_join", "A_join>A_get", "A_get>A_more", "A_more>A_join",
                "A_more>A_end"])],
          messages=[("O_remind", "A_get")]),
    # --- event subprocesses ---------------------------------------------------------------
    model("event-subprocess-message-interrupting.bpmn",
          "interrupting event subprocess (message start, from outside): empties the parent "
          "scope, then runs; the instance ends when it is done",
          "13.5.4, 10.3.5", PASS4, "inconclusive (event subprocesses unsupported)",
          [pool("Process_main", "Withdrawal", [
              n("Start", "start", "Start"),
              n("Task_a", "task", "Review"),
              n("Task_b", "task", "Decide"),
              n("End", "end", "End"),
              n("Evsub", "evsub", "Withdraw", nodes=[
                  n("Ev_start", "start", "Withdrawn", ev="message", interrupting=True),
                  n("Task_c", "task", "Close case"),
                  n("Ev_end", "end", "Closed")],
                flows=["Ev_start>Task_c", "Task_c>Ev_end"])],
              ["Start>Task_a", "Task_a>Task_b", "Task_b>End"])]),
    model("event-subprocess-timer-non-interrupting.bpmn",
          "non-interrupting event subprocess with a plain timer start: runs beside the parent, "
          "once per activation; the parent completes when both are done",
          "13.5.4, 10.3.5", PASS4, "inconclusive (event subprocesses unsupported)",
          [pool("Process_main", "Reminder", [
              n("Start", "start", "Start"),
              n("Task_a", "task", "Review"),
              n("End", "end", "End"),
              n("Evsub", "evsub", "Remind", nodes=[
                  n("Ev_start", "start", "After 3 days", ev="timer", interrupting=False),
                  n("Task_c", "task", "Send reminder"),
                  n("Ev_end", "end", "Reminded")],
                flows=["Ev_start>Task_c", "Task_c>Ev_end"])],
              ["Start>Task_a", "Task_a>End"])]),
    model("event-subprocess-signal-non-interrupting.bpmn",
          "non-interrupting event subprocess with a signal start: may start again whenever it "
          "is not already running, while the parent is active",
          "13.5.4, 10.3.5", PASS4, "inconclusive (event subprocesses unsupported)",
          [pool("Process_main", "Notice", [
              n("Start", "start", "Start"),
              n("Task_a", "task", "Review"),
              n("End", "end", "End"),
              n("Evsub", "evsub", "Note notice", nodes=[
                  n("Ev_start", "start", "Notice", ev="signal", interrupting=False),
                  n("Task_c", "task", "Log notice"),
                  n("Ev_end", "end", "Logged")],
                flows=["Ev_start>Task_c", "Task_c>Ev_end"])],
              ["Start>Task_a", "Task_a>End"])]),
    model("event-subprocess-conditional-interrupting.bpmn",
          "interrupting event subprocess with a conditional start: may fire at any time while "
          "the parent is active, emptying it",
          "13.5.4, 10.3.5", PASS4, "inconclusive (event subprocesses unsupported)",
          [pool("Process_main", "Cancellation", [
              n("Start", "start", "Start"),
              n("Task_a", "task", "Review"),
              n("Task_b", "task", "Decide"),
              n("End", "end", "End"),
              n("Evsub", "evsub", "Cancel", nodes=[
                  n("Ev_start", "start", "Cancelled", ev="conditional:=cancelled",
                    interrupting=True),
                  n("Task_c", "task", "Refund fee"),
                  n("Ev_end", "end", "Refunded")],
                flows=["Ev_start>Task_c", "Task_c>Ev_end"])],
              ["Start>Task_a", "Task_a>Task_b", "Task_b>End"])],
          variables=[("cancelled", "boolean")]),
    model("event-subprocess-error.bpmn",
          "error event subprocess inside an embedded subprocess: fires on the matching error "
          "end event inside, interrupting; the parent goes on after the subprocess",
          "13.5.4, 13.5.6, 10.3.5", PASS4, "inconclusive (event subprocesses unsupported)",
          [pool("Process_main", "Error handling", [
              n("Start", "start", "Start"),
              n("Sub", "sub", "Check", nodes=[
                  n("Sub_start", "start", "Begin"),
                  n("Sub_split", "xor", "OK?"),
                  n("Task_a", "task", "Accept"),
                  n("Sub_end", "end", "Accepted"),
                  n("Task_b", "task", "Reject"),
                  n("Sub_error", "end", "Failed", ev="error"),
                  n("Evsub", "evsub", "On failure", nodes=[
                      n("Ev_start", "start", "Failed", ev="error", interrupting=True),
                      n("Task_c", "task", "Notify"),
                      n("Ev_end", "end", "Notified")],
                    flows=["Ev_start>Task_c", "Task_c>Ev_end"])],
                flows=["Sub_start>Sub_split", "Sub_split>Task_a", "Sub_split>Task_b",
                       "Task_a>Sub_end", "Task_b>Sub_error"]),
              n("Task_d", "task", "Archive"),
              n("End", "end", "End")],
              ["Start>Sub", "Sub>Task_d", "Task_d>End"])]),
    model("event-subprocess-escalation.bpmn",
          "non-interrupting escalation event subprocess: fires on the escalation end event of "
          "one branch while the other branch goes on",
          "13.5.4, 13.5.6, 10.3.5", PASS4, "inconclusive (event subprocesses unsupported)",
          [pool("Process_main", "Escalation", [
              n("Start", "start", "Start"),
              n("Fork", "and", ""),
              n("Task_a", "task", "Check fee"),
              n("Esc_end", "end", "Fee late", ev="escalation"),
              n("Task_b", "task", "Review"),
              n("End", "end", "End"),
              n("Evsub", "evsub", "Chase fee", nodes=[
                  n("Ev_start", "start", "Fee late", ev="escalation", interrupting=False),
                  n("Task_c", "task", "Chase"),
                  n("Ev_end", "end", "Chased")],
                flows=["Ev_start>Task_c", "Task_c>Ev_end"])],
              ["Start>Fork", "Fork>Task_a", "Fork>Task_b", "Task_a>Esc_end", "Task_b>End"])]),
    # --- link events ------------------------------------------------------------------------
    model("link-events.bpmn",
          "a throwing link continues at the catching link of the same name (whitespace "
          "collapsed: 'Part B' and 'Part\\n  B')",
          "10.5.4 (link), 13.5.2", PASS4,
          "inconclusive (no catching link of exactly that name)",
          [pool("Process_main", "Link", [
              n("Start", "start", "Start"),
              n("Task_a", "task", "Part A"),
              n("Link_throw", "throw", "To part B", ev="link:Part B"),
              n("Link_catch", "catch", "From part A", ev="link:Part\n  B"),
              n("Task_b", "task", "Part B"),
              n("End", "end", "End")],
              ["Start>Task_a", "Task_a>Link_throw", "Link_catch>Task_b", "Task_b>End"])]),
    model("link-single-catch.bpmn",
          "a scope with exactly one catching link takes every throw, whatever the names",
          "10.5.4 (link), 13.5.2", PASS4,
          "inconclusive (a link event without its partner)",
          [pool("Process_main", "One catching link", [
              n("Start", "start", "Start"),
              n("Split", "xor", "Which?"),
              n("Task_a", "task", "Do A"),
              n("Task_b", "task", "Do B"),
              n("Throw_a", "throw", "Go on", ev="link:Go on"),
              n("Throw_b", "throw", "Continue", ev="link:Continue"),
              n("Catch", "catch", "Resume", ev="link:Resume"),
              n("Task_c", "task", "Finish"),
              n("End", "end", "End")],
              ["Start>Split", "Split>Task_a", "Split>Task_b", "Task_a>Throw_a",
               "Task_b>Throw_b", "Catch>Task_c", "Task_c>End"])]),
]

# ----------------------------------------------------------------------------------------------
# Layout

SIZES = {"task": (100, 80), "userTask": (100, 80), "sendTask": (100, 80),
         "receiveTask": (100, 80), "call": (100, 80), "xor": (50, 50), "and": (50, 50),
         "or": (50, 50), "ebg": (50, 50)}
EVENT = (36, 36)
GAP_X, GAP_Y, PAD, POOL_LABEL, LANE_LABEL = 50, 40, 30, 30, 30


def parse_flow(f):
    cond = None
    if isinstance(f, tuple):
        f, cond = f
    src, tgt = f.split(">")
    return dict(id="Flow_%s_%s" % (src, tgt), src=src, tgt=tgt, cond=cond)


class Box:
    def __init__(self, x, y, w, h):
        self.x, self.y, self.w, self.h = x, y, w, h

    def cx(self):
        return self.x + self.w // 2

    def cy(self):
        return self.y + self.h // 2


def layout_container(nodes, flows, lanes=None):
    """Relative layout of one container: returns (width, height, {id: Box}, lane bands)."""
    main = [nd for nd in nodes if nd[1] not in ("boundary", "evsub")]
    boundaries = [nd for nd in nodes if nd[1] == "boundary"]
    evsubs = [nd for nd in nodes if nd[1] == "evsub"]
    host = {nd[0]: nd[3]["attached"] for nd in boundaries}
    ids = [nd[0] for nd in main]
    succ = {i: [] for i in ids}
    for f in flows:
        s = host.get(f["src"], f["src"])
        if s in succ and f["tgt"] in succ:
            succ[s].append(f["tgt"])
    incoming = {i: 0 for i in ids}
    for s in ids:
        for t in succ[s]:
            incoming[t] += 1
    # Back edges by depth-first search from the sources, then longest paths.
    back, state = set(), {}

    def dfs(u):
        state[u] = 1
        for v in succ[u]:
            if state.get(v) == 1:
                back.add((u, v))
            elif v not in state:
                dfs(v)
        state[u] = 2

    for i in ids:
        if incoming[i] == 0 and i not in state:
            dfs(i)
    for i in ids:
        if i not in state:
            dfs(i)
    layer = {}

    def depth(u, seen=()):
        if u in layer:
            return layer[u]
        preds = [s for s in ids if u in succ[s] and (s, u) not in back]
        layer[u] = 0 if not preds else 1 + max(depth(p) for p in preds)
        return layer[u]

    for i in ids:
        depth(i)
    sizes = {}
    inner = {}
    for nd in main:
        if nd[1] == "sub":
            sub_flows = [parse_flow(f) for f in nd[3]["flows"]]
            w, h, boxes, _ = layout_container(nd[3]["nodes"], sub_flows)
            sizes[nd[0]] = (w + 2 * PAD, h + 2 * PAD)
            inner[nd[0]] = boxes
        elif nd[1] in SIZES:
            sizes[nd[0]] = SIZES[nd[1]]
        else:
            sizes[nd[0]] = EVENT
    columns = {}
    for i in ids:
        columns.setdefault(layer[i], []).append(i)
    lane_of = {}
    lane_names = [ln[0] for ln in (lanes or [])] or [None]
    for ln in lanes or []:
        for i in ln[2]:
            lane_of[i] = ln[0]
    # Height of each lane band: the tallest column part in it.
    band_h = {}
    for ln in lane_names:
        band_h[ln] = max([sum(sizes[i][1] for i in col if lane_of.get(i) == ln) +
                          GAP_Y * (len([i for i in col if lane_of.get(i) == ln]) - 1)
                          for col in columns.values()] + [EVENT[1]])
    boxes = {}
    x = 0
    band_y, y0 = {}, 0
    for ln in lane_names:
        band_y[ln] = y0
        y0 += band_h[ln] + 2 * PAD
    for c in sorted(columns):
        col = columns[c]
        width = max(sizes[i][0] for i in col)
        for ln in lane_names:
            part = [i for i in col if lane_of.get(i) == ln]
            total = sum(sizes[i][1] for i in part) + GAP_Y * (len(part) - 1)
            y = band_y[ln] + PAD + (band_h[ln] - total) // 2
            for i in part:
                w, h = sizes[i]
                boxes[i] = Box(x + (width - w) // 2, y, w, h)
                y += h + GAP_Y
        x += width + GAP_X
    width = max(x - GAP_X, 36)
    height = y0 - 2 * PAD if lanes else band_h[None]
    if not lanes:
        for b in boxes.values():
            b.y -= PAD
    # Subprocess contents, relative to the subprocess.
    for sid, inner_boxes in inner.items():
        for i, b in inner_boxes.items():
            boxes[i] = Box(boxes[sid].x + PAD + b.x, boxes[sid].y + PAD + b.y, b.w, b.h)
    # Boundary events on the lower edge of their host.
    count = {}
    for nd in boundaries:
        hb = boxes[nd[3]["attached"]]
        k = count.get(nd[3]["attached"], 0)
        count[nd[3]["attached"]] = k + 1
        boxes[nd[0]] = Box(hb.x + hb.w - 30 - 46 * k - 18, hb.y + hb.h - 18, 36, 36)
    # Event subprocesses below the main content, side by side.
    ex, ey, extra = 0, height + GAP_Y + (18 if boundaries else 0), 0
    for nd in evsubs:
        sub_flows = [parse_flow(f) for f in nd[3]["flows"]]
        w, h, inner_boxes, _ = layout_container(nd[3]["nodes"], sub_flows)
        boxes[nd[0]] = Box(ex, ey, w + 2 * PAD, h + 2 * PAD)
        for i, b in inner_boxes.items():
            boxes[i] = Box(ex + PAD + b.x, ey + PAD + b.y, b.w, b.h)
        ex += w + 2 * PAD + GAP_X
        extra = max(extra, h + 2 * PAD)
    if evsubs:
        width = max(width, ex - GAP_X)
        height = ey + extra
    elif boundaries:
        height += 18
    bands = {ln: (band_y[ln], band_h[ln] + 2 * PAD) for ln in lane_names} if lanes else {}
    return width, height, boxes, bands


def shift(boxes, dx, dy):
    for b in boxes.values():
        b.x += dx
        b.y += dy


# ----------------------------------------------------------------------------------------------
# XML

def attr(name, value):
    return " %s=%s" % (name, quoteattr(value))


class Writer:
    def __init__(self, m):
        self.m = m
        self.lines = []
        self.defs = {}  # root definitions: (kind, name) -> id
        self.all_flows = []
        self.kind_of = {}
        self.name_of = {}

    def out(self, depth, text):
        self.lines.append("  " * depth + text)

    def definition_ref(self, kind, name):
        key = (kind, name)
        if key not in self.defs:
            base = "".join(w.capitalize() for w in name.replace("-", " ").split()) or "1"
            self.defs[key] = "%s_%s" % (kind.capitalize(), base)
        return self.defs[key]

    def event_definition(self, depth, nid, name, ev):
        if ev is None:
            return
        if ev == "terminate":
            self.out(depth, '<bpmn:terminateEventDefinition id="%s_def" />' % nid)
        elif ev == "timer":
            self.out(depth, '<bpmn:timerEventDefinition id="%s_def">' % nid)
            self.out(depth + 1,
                     '<bpmn:timeDuration xsi:type="bpmn:tFormalExpression">P3D</bpmn:timeDuration>')
            self.out(depth, "</bpmn:timerEventDefinition>")
        elif ev.startswith("conditional:"):
            self.out(depth, '<bpmn:conditionalEventDefinition id="%s_def">' % nid)
            self.out(depth + 1, '<bpmn:condition xsi:type="bpmn:tFormalExpression">%s'
                     '</bpmn:condition>' % escape(ev.split(":", 1)[1]))
            self.out(depth, "</bpmn:conditionalEventDefinition>")
        elif ev.startswith("link:"):
            self.out(depth, '<bpmn:linkEventDefinition id="%s_def"%s />'
                     % (nid, attr("name", ev.split(":", 1)[1])))
        else:
            ref = {"message": "messageRef", "signal": "signalRef", "error": "errorRef",
                   "escalation": "escalationRef"}[ev]
            self.out(depth, '<bpmn:%sEventDefinition id="%s_def" %s="%s" />'
                     % (ev, nid, ref, self.definition_ref(ev, name)))

    def flow_nodes(self, depth, nodes, flows):
        flows = [parse_flow(f) for f in flows]
        self.all_flows += flows
        for nid, kind, name, opts in nodes:
            self.kind_of[nid] = kind
            self.name_of[nid] = name
            ins = [f["id"] for f in flows if f["tgt"] == nid]
            outs = [f["id"] for f in flows if f["src"] == nid]
            tag = {"start": "startEvent", "end": "endEvent", "xor": "exclusiveGateway",
                   "and": "parallelGateway", "or": "inclusiveGateway",
                   "ebg": "eventBasedGateway", "catch": "intermediateCatchEvent",
                   "throw": "intermediateThrowEvent", "boundary": "boundaryEvent",
                   "sub": "subProcess", "evsub": "subProcess",
                   "call": "callActivity"}.get(kind, kind)
            a = attr("id", nid) + (attr("name", name) if name else "")
            if kind == "evsub":
                a += ' triggeredByEvent="true"'
            if kind == "boundary":
                a += attr("attachedToRef", opts["attached"])
                if not opts.get("cancel", True):
                    a += ' cancelActivity="false"'
            if kind == "start" and opts.get("interrupting") is False:
                a += ' isInterrupting="false"'
            if kind == "call":
                a += attr("calledElement", opts["called"])
            if "default" in opts:
                a += attr("default", opts["default"])
            self.out(depth, "<bpmn:%s%s>" % (tag, a))
            for i in ins:
                self.out(depth + 1, "<bpmn:incoming>%s</bpmn:incoming>" % i)
            for o in outs:
                self.out(depth + 1, "<bpmn:outgoing>%s</bpmn:outgoing>" % o)
            if kind in ("sub", "evsub"):
                self.flow_nodes(depth + 1, opts["nodes"], opts["flows"])
            # One root definition per kind and event name: an error end and the error start
            # that catches it share theirs.
            self.event_definition(depth + 1, nid, name, opts.get("ev"))
            self.out(depth, "</bpmn:%s>" % tag)
        for f in flows:
            a = attr("id", f["id"]) + attr("sourceRef", f["src"]) + attr("targetRef", f["tgt"])
            if f["cond"]:
                self.out(depth, "<bpmn:sequenceFlow%s>" % a)
                self.out(depth + 1, '<bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">'
                         '%s</bpmn:conditionExpression>' % escape(f["cond"]))
                self.out(depth, "</bpmn:sequenceFlow>")
            else:
                self.out(depth, "<bpmn:sequenceFlow%s />" % a)

    def write(self):
        m = self.m
        pools = m["pools"]
        shown = [p for p in pools if p["participant"]]
        self.out(0, '<?xml version="1.0" encoding="UTF-8"?>')
        v = m["verdicts"]
        comment = ["%s: %s." % (m["file"][:-5], m["rule"]),
                   "BPMN 2.0.2 section %s." % m["section"],
                   "Expected: safeness %s, option-to-complete %s, proper-completion %s, "
                   "dead-activity %s." % v]
        if m["note"]:
            comment.append(m["note"][0].upper() + m["note"][1:] + ".")
        comment.append("Generated by scripts/semantics_samples.py; see README.md in this folder.")
        self.out(0, "<!--")
        for c in comment:
            for line in wrap(c.replace("--", "-"), 96):
                self.out(1, line)
        self.out(0, "-->")
        self.out(0, '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" '
                 'xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" '
                 'xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" '
                 'xmlns:di="http://www.omg.org/spec/DD/20100524/DI" '
                 'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
                 'xmlns:reform="urn:seamless:reform:1" id="Definitions_1" '
                 'targetNamespace="urn:seamless:bpmn-samples">')
        messages = [("Msg_%s_%s" % (s, t), s, t) for s, t in m["messages"]]
        self.out(1, '<bpmn:collaboration id="Collaboration_1">')
        for p in shown:
            self.out(2, '<bpmn:participant id="Participant_%s"%s processRef="%s" />'
                     % (p["id"].replace("Process_", ""), attr("name", p["name"]), p["id"]))
        body_start = len(self.lines)
        self.out(1, "</bpmn:collaboration>")
        for p in pools:
            self.out(1, '<bpmn:process id="%s"%s isExecutable="true">'
                     % (p["id"], attr("name", p["name"])))
            if m["variables"] and p is pools[0]:
                self.out(2, "<bpmn:extensionElements>")
                for name, typ in m["variables"]:
                    self.out(3, '<reform:variable name="%s" type="%s" />' % (name, typ))
                self.out(2, "</bpmn:extensionElements>")
            if p["lanes"]:
                self.out(2, '<bpmn:laneSet id="LaneSet_%s">' % p["id"].replace("Process_", ""))
                for lid, lname, members in p["lanes"]:
                    self.out(3, '<bpmn:lane id="%s"%s>' % (lid, attr("name", lname)))
                    for mem in members:
                        self.out(4, "<bpmn:flowNodeRef>%s</bpmn:flowNodeRef>" % mem)
                    self.out(3, "</bpmn:lane>")
                self.out(2, "</bpmn:laneSet>")
            self.flow_nodes(2, p["nodes"], p["flows"])
            self.out(1, "</bpmn:process>")
        # Message flows go into the collaboration (written now that message names are known).
        mf_lines = []
        for mid, s, t in messages:
            ref = self.definition_ref("message", self.name_of[t])
            mf_lines.append("  " * 2 + '<bpmn:messageFlow id="%s" sourceRef="%s" targetRef="%s" '
                            'messageRef="%s" />' % (mid, s, t, ref))
        self.lines[body_start:body_start] = mf_lines
        for (kind, name), did in sorted(self.defs.items(), key=lambda kv: kv[1]):
            extra = ""
            if kind == "error":
                extra = attr("errorCode", name.upper().replace(" ", "_"))
            if kind == "escalation":
                extra = attr("escalationCode", name.upper().replace(" ", "_"))
            self.out(1, '<bpmn:%s id="%s"%s%s />' % (kind, did, attr("name", name), extra))
        self.diagram(pools, shown, messages)
        self.out(0, "</bpmn:definitions>")
        return "\n".join(self.lines) + "\n"

    def diagram(self, pools, shown, messages):
        boxes, pool_boxes, lane_boxes = {}, {}, {}
        y = 0
        for p in shown + [p for p in pools if not p["participant"]]:
            flows = [parse_flow(f) for f in p["flows"]]
            w, h, bx, bands = layout_container(p["nodes"], flows, p["lanes"])
            left = POOL_LABEL + (LANE_LABEL if p["lanes"] else 0) + PAD
            shift(bx, 160 + left, 80 + y + PAD)
            boxes.update(bx)
            pw, ph = left + w + PAD, h + 2 * PAD
            pool_boxes[p["id"]] = Box(160, 80 + y, pw, ph)
            for lid, (by, bh) in bands.items():
                lane_boxes[lid] = Box(160 + POOL_LABEL, 80 + y + by, pw - POOL_LABEL, bh)
            if p["lanes"]:
                pool_boxes[p["id"]].h = sum(bh for _, bh in bands.values())
            y += pool_boxes[p["id"]].h + GAP_Y
        planes = [("BPMNDiagram_1", "BPMNPlane_1", "Collaboration_1", shown)]
        hidden = [p for p in pools if not p["participant"]]
        for k, p in enumerate(hidden):
            planes.append(("BPMNDiagram_%d" % (k + 2), "BPMNPlane_%d" % (k + 2), p["id"], [p]))
        for did, plid, elem, plist in planes:
            self.out(1, '<bpmndi:BPMNDiagram id="%s">' % did)
            self.out(2, '<bpmndi:BPMNPlane id="%s" bpmnElement="%s">' % (plid, elem))
            for p in plist:
                if p["participant"]:
                    pid = "Participant_%s" % p["id"].replace("Process_", "")
                    self.shape(pid, pool_boxes[p["id"]], ' isHorizontal="true"')
                    for lid, _, _ in p["lanes"]:
                        self.shape(lid, lane_boxes[lid], ' isHorizontal="true"')
                self.node_shapes(p["nodes"], boxes)
                for f in [parse_flow(f) for f in p["flows"]]:
                    self.edge(f["id"], boxes[f["src"]], boxes[f["tgt"]],
                              self.kind_of[f["src"]] == "boundary")
                for nd in self.nested(p["nodes"]):
                    for f in [parse_flow(f) for f in nd[3]["flows"]]:
                        self.edge(f["id"], boxes[f["src"]], boxes[f["tgt"]],
                                  self.kind_of[f["src"]] == "boundary")
            if elem == "Collaboration_1":
                for mid, s, t in messages:
                    self.message_edge(mid, boxes[s], boxes[t])
            self.out(2, "</bpmndi:BPMNPlane>")
            self.out(1, "</bpmndi:BPMNDiagram>")

    def nested(self, nodes):
        for nd in nodes:
            if nd[1] in ("sub", "evsub"):
                yield nd
                yield from self.nested(nd[3]["nodes"])

    def node_shapes(self, nodes, boxes):
        for nid, kind, name, opts in nodes:
            extra = ""
            if kind in ("sub", "evsub"):
                extra = ' isExpanded="true"'
            if kind == "xor":
                extra = ' isMarkerVisible="true"'
            self.shape(nid, boxes[nid], extra)
            if kind in ("sub", "evsub"):
                self.node_shapes(opts["nodes"], boxes)

    def shape(self, eid, b, extra=""):
        self.out(3, '<bpmndi:BPMNShape id="%s_di" bpmnElement="%s"%s>' % (eid, eid, extra))
        self.out(4, '<dc:Bounds x="%d" y="%d" width="%d" height="%d" />' % (b.x, b.y, b.w, b.h))
        self.out(3, "</bpmndi:BPMNShape>")

    def edge(self, eid, s, t, from_bottom):
        if from_bottom:
            pts = [(s.cx(), s.y + s.h), (s.cx(), t.cy()), (t.x, t.cy())]
            if t.x <= s.cx():
                pts = [(s.cx(), s.y + s.h), (s.cx(), t.y + t.h + 20), (t.cx(), t.y + t.h + 20),
                       (t.cx(), t.y + t.h)]
        elif t.x >= s.x + s.w:
            if s.cy() == t.cy():
                pts = [(s.x + s.w, s.cy()), (t.x, t.cy())]
            else:
                mx = (s.x + s.w + t.x) // 2
                pts = [(s.x + s.w, s.cy()), (mx, s.cy()), (mx, t.cy()), (t.x, t.cy())]
        else:  # back edge: under both shapes
            low = max(s.y + s.h, t.y + t.h) + 30
            pts = [(s.cx(), s.y + s.h), (s.cx(), low), (t.cx(), low), (t.cx(), t.y + t.h)]
        self.waypoints("BPMNEdge", eid, pts)

    def message_edge(self, eid, s, t):
        if t.y > s.y:
            a, b = (s.cx(), s.y + s.h), (t.cx(), t.y)
        else:
            a, b = (s.cx(), s.y), (t.cx(), t.y + t.h)
        if a[0] == b[0]:
            pts = [a, b]
        else:
            my = (a[1] + b[1]) // 2
            pts = [a, (a[0], my), (b[0], my), b]
        self.waypoints("BPMNEdge", eid, pts)

    def waypoints(self, tag, eid, pts):
        self.out(3, '<bpmndi:%s id="%s_di" bpmnElement="%s">' % (tag, eid, eid))
        for x, y in pts:
            self.out(4, '<di:waypoint x="%d" y="%d" />' % (x, y))
        self.out(3, "</bpmndi:%s>" % tag)


def wrap(text, width):
    words, lines, cur = text.split(" "), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = w if not cur else cur + " " + w
    if cur:
        lines.append(cur)
    return lines


def main():
    if "--expected" in sys.argv:
        for m in MODELS:
            print("%-46s %-13s %-13s %-13s %-13s \"%s\"" % ((m["file"],) + m["verdicts"] +
                                                             (m["section"],)))
        return
    os.makedirs(OUT, exist_ok=True)
    for m in MODELS:
        text = Writer(m).write()
        with open(os.path.join(OUT, m["file"]), "w", encoding="utf-8") as f:
            f.write(text)
    print("wrote %d models to bpmn-samples/semantics" % len(MODELS))


if __name__ == "__main__":
    main()
