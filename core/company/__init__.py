"""The company side: the company the user works for, its offers, what a tender means for it.

Built on the same register and engine as the buyer's side: "my company" is one organisation
of the register (its id and contact person kept in the workspace's settings table), an offer
is a tenderer row of that organisation, and every answer comes from the checks of
``core.decisions`` that ``main.py decide`` runs.
"""
