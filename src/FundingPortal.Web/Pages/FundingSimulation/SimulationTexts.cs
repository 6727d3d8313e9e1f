using FundingPortal.Application.Common.Localisation;

namespace FundingPortal.Web.Pages.FundingSimulation;

/// <summary>The texts of the funding simulation page ("where the line falls"), French and English together.</summary>
public sealed class SimulationTexts : TextSet
{
    public SimulationTexts()
        : base("Simulation")
    {
        Add("Link", "Simuler le financement", "Simulate funding");
        Add("Title", "Simulation de financement", "Funding simulation");
        Add("Lead", "Les dossiers labellisés de l'appel, du mieux classé au moins bien classé, reçoivent de chaque financeur l'aide que donnent ses taux, tant que son enveloppe le permet. Une Région ne finance que les partenaires situés sur son territoire ; l'État couvre chaque partenaire dans la même proportion que sa Région. Rien n'est enregistré : changez les enveloppes pour voir la ligne bouger.",
            "The call's labelled proposals, best-ranked first, receive from each funder the aid its rates give, as long as its envelope lasts. A Region funds only partners located in it; the State covers each partner in the same proportion as its Region does. Nothing is saved: change the envelopes to see the line move.");
        Add("EnvelopesLegend", "Enveloppes à simuler (en euros)", "Envelopes to simulate (in euros)");
        Add("RealEnvelope", "Enveloppe de l'appel : {0}", "The call's envelope: {0}");
        Add("Simulate", "Simuler", "Simulate");
        Add("Reset", "Revenir aux enveloppes de l'appel", "Back to the call's envelopes");
        Add("ErrorPrefix", "Erreur :", "Error:");
        Add("AmountExpected", "Saisissez un montant en euros, par exemple 1 500 000.", "Enter an amount in euros, for example 1,500,000.");
        Add("WhatIf", "Simulation avec des enveloppes modifiées : les montants en gras diffèrent de ceux de l'appel.",
            "Simulation with changed envelopes: the amounts in bold differ from the call's.");
        Add("FundersCaption", "Enveloppes : utilisé et reste", "Envelopes: used and left");
        Add("Funder", "Financeur", "Funder");
        Add("Envelope", "Enveloppe simulée", "Simulated envelope");
        Add("Requested", "Aide demandée", "Aid requested");
        Add("Used", "Utilisé", "Used");
        Add("Left", "Reste", "Left");
        Add("Counts", "Finançables : {0} — partiellement : {1} — non finançables : {2}", "Fundable: {0} — partly: {1} — not fundable: {2}");
        Add("DossiersCaption", "Dossiers labellisés dans l'ordre du classement : aide de chaque financeur", "Labelled proposals in ranking order: aid from each funder");
        Add("Position", "Rang", "Rank");
        Add("Dossier", "Dossier", "Proposal");
        Add("Total", "Aide totale / demandée", "Total aid / requested");
        Add("Status", "Situation et explication", "Status and explanation");
        Add("OfRequested", "sur {0}", "of {0}");
        Add("Line", "La ligne passe ici : à partir de ce dossier, l'aide demandée n'est plus entièrement couverte.",
            "The line falls here: from this proposal on, the aid requested is no longer fully covered.");
        Add("None", "Aucun dossier labellisé dans cet appel pour le moment : la simulation porte sur les dossiers labellisés.",
            "No labelled proposal in this call yet: the simulation covers labelled proposals.");
    }
}
