"""Taxonomies and attributes: the terms a service is tagged with, mapped to needs and traits.

The project's own needs and traits taxonomies are taken as they are; other terms
map to a need by their code, their nearest mapped parent, or their name's keywords
(`taxonomy`), and the ones that map to nothing are counted in the report.
"""

from __future__ import annotations

from caseassist.directory.model import NEEDS_TAXONOMY, TRAITS, TRAITS_TAXONOMY, Term, service_needs
from caseassist.directory.taxonomy import AIRS_CODE, is_eligibility_term, keyword_need, term_need
from caseassist.i18n import _


class TaxonomyTables:
    """The part of the builder that reads taxonomies, terms and attributes."""

    def _taxonomies(self) -> None:
        fname, rows = self._rows("taxonomy")
        for _n, rid, r in self._ids(fname, rows, "taxonomy"):
            self.taxonomies[rid] = (r.get("name") or "").strip()
        self.tick("taxonomy")
        fname, rows = self._rows("taxonomy_term")
        for _n, rid, r in self._ids(fname, rows, "taxonomy_term"):
            taxonomy = (r.get("taxonomy") or "").strip() or self.taxonomies.get(
                (r.get("taxonomy_id") or "").strip(), ""
            )
            code = (r.get("code") or "").strip()
            if not code and AIRS_CODE.match(rid.upper()):
                code = rid  # HSDS 1.1 exports of 211s key their taxonomy by the AIRS code
            name = (r.get("name") or "").strip()
            description = (r.get("description") or "").strip()
            parents = [p.strip() for p in (r.get("parent_id") or "").split(",") if p.strip()]
            self.terms[rid] = Term(
                id=rid,
                name=name,
                code=code,
                taxonomy=taxonomy,
                description="" if description in (name, code) else description,
                parent_id=parents[0] if parents else "",  # HSDS 3.0 has room for one
            )
            self.parents[rid] = parents
            self.report.count("taxonomy_term")
        self.tick("taxonomy_term")

    def _term_needs(self, term: Term, memo: dict[str, tuple[str | None, str]]) -> str | None:
        """The need of a term, else of its nearest mapped parent (parents may be listed)."""
        if term.id in memo:
            return memo[term.id][0]
        memo[term.id] = (None, "")  # guards against a cycle of parents
        need, how = term_need(term.code, term.name, self.rules, own_needs=service_needs())
        if need is None:
            # A term filed under parents of different needs says neither: a real export
            # files "Safe Housing" (its fire and lead inspections) under both "Immediate
            # Safety" and "Housing", and the first parent made smoke alarms a safety service.
            of_parents = {
                n
                for parent in self.parents.get(term.id, ())
                if (p := self.terms.get(parent)) is not None and (n := self._term_needs(p, memo))
            }
            need = of_parents.pop() if len(of_parents) == 1 else None
        if need is None:
            need = keyword_need(term.name, self.rules)
        memo[term.id] = (need, how)
        return need

    def _attributes(self) -> None:
        fname, rows = self._rows("attribute")
        traits, needs = set(TRAITS), set(service_needs())
        memo: dict[str, tuple[str | None, str]] = {}
        for n, _rid, r in self._ids(fname, rows, "attribute", link="link_id"):
            term_id = self._ref(fname, n, r, "taxonomy_term_id", self.terms)
            if term_id is None:
                continue
            entity = (r.get("link_entity") or "service").strip().lower()
            if entity != "service":
                continue
            sid = self._ref(fname, n, r, "link_id", self.svc)
            if not sid or not term_id:
                continue
            term = self.terms[term_id]
            code = term.code.lower()
            if term.taxonomy == NEEDS_TAXONOMY:
                if code in needs:
                    self._add(sid, "needs", code)
                else:
                    self.warn(fname, n, "taxonomy_term_id", _("unknown need category; ignored"))
                continue
            if term.taxonomy == TRAITS_TAXONOMY:
                if code in traits:
                    self._add(sid, "traits", code)
                else:
                    self.warn(fname, n, "taxonomy_term_id", _("unknown eligibility term; ignored"))
                continue
            self._add(sid, "terms", term)
            self.report.count("attribute")
            if is_eligibility_term(term.taxonomy, term.code):
                self._add(sid, "elig_terms", term.name)
                continue
            need = self._term_needs(term, memo)
            if need:
                self._add(sid, "term_needs", need)
            elif term.name:
                un = self.report.unmapped_terms
                label = f"{term.code} {term.name}".strip() if term.code != term.name else term.name
                un[label] = un.get(label, 0) + 1
        self.tick("attribute")
