//! The structural comparison. Operations are walked first; every pair of
//! component schemas they reach (through `$ref`s, on the request or the
//! response side) is queued and compared once, so shared and recursive
//! components cost one comparison each and their changes are reported once,
//! with the operations that reach them.

mod document;
mod operation;
mod schema;

use std::collections::{HashMap, HashSet, VecDeque};

use serde_json::Value;

use crate::rules::{Rule, RustImpact};
use crate::{Change, shape};

/// Which side of an exchange a schema describes: the rules differ.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub(crate) enum Side {
    Request,
    Response,
}

/// A pair of component references compared on one side.
type Pair = (String, String, Side);

/// What the changes being found are reported under.
#[derive(Clone, Default)]
struct Scope {
    operation: Option<String>,
    operation_index: Option<usize>,
    component: Option<String>,
    pair: Option<Pair>,
    doc_source: Option<String>,
}

pub(crate) struct Ctx<'a> {
    base: &'a Value,
    rev: &'a Value,
    out: Vec<(Change, Option<Pair>)>,
    scope: Scope,
    /// Operation names, by index.
    operations: Vec<String>,
    /// Component pairs already queued.
    seen: HashSet<Pair>,
    queue: VecDeque<Pair>,
    /// Who reaches each pair: operations directly, and parent pairs.
    reached_by_operation: HashMap<Pair, Vec<usize>>,
    reached_by_pair: HashMap<Pair, Vec<Pair>>,
}

/// Every change from `base` to `revision`: document-level ones, then by
/// operation, then inside components.
pub fn diff(base: &Value, revision: &Value) -> Vec<Change> {
    let mut cx = Ctx {
        base,
        rev: revision,
        out: Vec::new(),
        scope: Scope::default(),
        operations: Vec::new(),
        seen: HashSet::new(),
        queue: VecDeque::new(),
        reached_by_operation: HashMap::new(),
        reached_by_pair: HashMap::new(),
    };
    cx.servers();
    cx.global_security();
    cx.security_schemes();
    cx.paths();
    cx.components();
    cx.removed_schemas();
    cx.finish()
}

impl<'a> Ctx<'a> {
    /// Records a change with the rule's own Rust impact.
    fn push(&mut self, rule: &'static Rule, message: String, base: Option<String>, rev: Option<String>) {
        self.push_rust(rule, rule.rust, message, base, rev);
    }

    /// Records a change whose Rust impact the shapes decided.
    fn push_rust(
        &mut self,
        rule: &'static Rule,
        rust: RustImpact,
        message: String,
        base: Option<String>,
        rev: Option<String>,
    ) {
        let change = Change {
            rule,
            rust,
            operation: self.scope.operation.clone(),
            component: self.scope.component.clone(),
            operations: Vec::new(),
            message,
            base_pointer: base,
            revision_pointer: rev,
            doc_source: self.scope.doc_source.clone(),
        };
        self.out.push((change, self.scope.pair.clone()));
    }

    /// Queues a pair of component references met in the current scope.
    fn reach(&mut self, pair: Pair) {
        match (&self.scope.pair, self.scope.operation_index) {
            (Some(parent), _) => self.reached_by_pair.entry(pair.clone()).or_default().push(parent.clone()),
            (None, Some(op)) => self.reached_by_operation.entry(pair.clone()).or_default().push(op),
            (None, None) => {}
        }
        if !self.seen.contains(&pair) {
            self.seen.insert(pair.clone());
            self.queue.push_back(pair);
        }
    }

    /// Compares every queued component pair (queueing the ones they reach).
    fn components(&mut self) {
        while let Some(pair) = self.queue.pop_front() {
            let (ra, rb, side) = (pair.0.as_str(), pair.1.as_str(), pair.2);
            let (a, b) = (self.pointer(self.base, ra), self.pointer(self.rev, rb));
            let name = shape::component_name(rb).to_string();
            let (pa, pb) = (ra.trim_start_matches('#').to_string(), rb.trim_start_matches('#').to_string());
            self.scope = Scope {
                operation: None,
                operation_index: None,
                component: Some(name.clone()),
                pair: Some(pair.clone()),
                doc_source: b.and_then(shape::doc_source).or_else(|| a.and_then(shape::doc_source)),
            };
            let (a, b) = (a.unwrap_or(&shape::EMPTY), b.unwrap_or(&shape::EMPTY));
            self.schema_body(a, b, &pa, &pb, side, &name, (true, true), 0);
        }
        self.scope = Scope::default();
    }

    fn pointer(&self, root: &'a Value, r: &str) -> Option<&'a Value> {
        root.pointer(r.strip_prefix('#')?)
    }

    /// Attaches to each component change the operations that reach it.
    fn finish(self) -> Vec<Change> {
        let mut memo: HashMap<Pair, Vec<String>> = HashMap::new();
        let mut out = Vec::with_capacity(self.out.len());
        for (mut change, pair) in self.out {
            if let Some(pair) = pair {
                let ops = memo.entry(pair.clone()).or_insert_with(|| {
                    let mut seen = HashSet::from([pair.clone()]);
                    let mut stack = vec![pair];
                    let mut ops = std::collections::BTreeSet::new();
                    while let Some(p) = stack.pop() {
                        ops.extend(self.reached_by_operation.get(&p).into_iter().flatten().copied());
                        for parent in self.reached_by_pair.get(&p).into_iter().flatten() {
                            if seen.insert(parent.clone()) {
                                stack.push(parent.clone());
                            }
                        }
                    }
                    ops.into_iter().map(|i| self.operations[i].clone()).collect()
                });
                change.operations = ops.clone();
            }
            out.push(change);
        }
        out
    }
}
