using FundingPortal.Application.Common.Formatting;
using FundingPortal.Application.Common.Localisation;
using FundingPortal.Domain.Proposals;

namespace FundingPortal.Application.Proposals;

/// <summary>An eligibility issue as API clients and pages read it: the stable code and a sentence in the request's language.</summary>
public sealed record EligibilityIssueMessage(string Code, string Message);

/// <summary>The sentences of the eligibility issues ("Pourquoi ne puis-je pas déposer ?"), in French and English.</summary>
public sealed class EligibilityTexts : TextSet
{
    private static readonly EligibilityTexts Texts = new();

    public EligibilityTexts()
        : base("Eligibility")
    {
        Add("too_few_companies.one", "Le consortium doit compter au moins {0} entreprise ; il en compte {1}.", "The consortium needs at least {0} company; it has {1}.");
        Add("too_few_companies", "Le consortium doit compter au moins {0} entreprises ; il en compte {1}.", "The consortium needs at least {0} companies; it has {1}.");
        Add("too_few_research_organisations.one", "Le consortium doit compter au moins {0} organisme de recherche ; il en compte {1}.",
            "The consortium needs at least {0} research organisation; it has {1}.");
        Add("too_few_research_organisations", "Le consortium doit compter au moins {0} organismes de recherche ; il en compte {1}.",
            "The consortium needs at least {0} research organisations; it has {1}.");
        Add("too_few_sme_or_midcap", "Le consortium doit compter au moins {0} PME ou ETI ; il en compte {1}.", "The consortium needs at least {0} SME or mid-cap; it has {1}.");
        Add("too_many_partners", "Le consortium compte {0} partenaires ; le maximum est {1}.", "The consortium has {0} partners; the maximum is {1}.");
        Add("lead_not_company", "Le chef de file doit être une entreprise.", "The lead partner must be a company.");
        Add("partner_without_budget", "Le budget {0} n'est pas encore renseigné.", "{0} has not entered its budget yet.");
        Add("partner_without_estimate", "Le total estimé {0} n'est pas encore renseigné.", "{0} has not entered its estimated total yet.");
        Add("pre_proposal_deadline_passed", "La date limite des pré-propositions est dépassée.", "The pre-proposal deadline has passed.");
        Add("not_invited", "La pré-proposition n'a pas été retenue pour le dossier complet.", "The pre-proposal was not shortlisted for the full proposal.");
        Add("duration_out_of_range", "La durée du projet doit être comprise entre {0} et {1} mois (actuellement {2} mois).",
            "The project must last between {0} and {1} months (currently {2} months).");
        Add("consortium_agreement_missing", "L'accord de consortium (PDF) doit être joint au dossier.", "The consortium agreement (PDF) must be attached to the proposal.");
        Add("deadline_passed", "La date limite de dépôt est dépassée.", "The submission deadline has passed.");
        Add("missing_field", "Champ obligatoire manquant : {0}.", "Required field missing: {0}.");
        Add("budget_below_minimum", "Le budget total ({0}) est inférieur au minimum de l'appel ({1}).", "The total budget ({0}) is below the call's minimum ({1}).");
        Add("budget_above_maximum", "Le budget total ({0}) dépasse le maximum de l'appel ({1}).", "The total budget ({0}) is above the call's maximum ({1}).");
        Add("partner_share_too_high", "La part {0} atteint {1} du budget total ; le maximum autorisé est {2}.",
            "{0} carries {1} of the total budget; the maximum allowed is {2}.");
        Add("field.acronym", "acronyme", "acronym");
        Add("field.title", "titre", "title");
        Add("field.summary", "résumé", "summary");
        Add("field.keywords", "mots-clés", "keywords");
        Add("field.trl", "TRL de départ et visé", "starting and target TRL");
        Add("field.durationMonths", "durée en mois", "duration in months");
    }

    /// <summary>Each issue with its sentence in the language.</summary>
    public static IReadOnlyList<EligibilityIssueMessage> Describe(IEnumerable<EligibilityIssue> issues, string language) =>
        issues.Select(i => new EligibilityIssueMessage(i.Code, Sentence(i, language))).ToList();

    /// <summary>In French the name comes with its "de" (elided); English sentences start with the name.</summary>
    private static string Of(string name, string language) => language == Languages.English ? name : FrenchElision.De(name);

    private static string Sentence(EligibilityIssue issue, string language)
    {
        var format = TextFormat.For(language);
        var v = issue.Values;
        return issue.Code switch
        {
            "too_few_companies" or "too_few_research_organisations" =>
                Texts.Format((int)v[0] == 1 ? issue.Code + ".one" : issue.Code, language, v[0], v[1]),
            "missing_field" => Texts.Format(issue.Code, language, Texts.Get("field." + (string)v[0], language)),
            "budget_below_minimum" or "budget_above_maximum" => Texts.Format(issue.Code, language, format.Money((decimal)v[0]), format.Money((decimal)v[1])),
            "partner_without_budget" or "partner_without_estimate" => Texts.Format(issue.Code, language, Of((string)v[0], language)),
            "partner_share_too_high" => Texts.Format(issue.Code, language, Of((string)v[0], language), format.PercentOfFraction((decimal)v[1]), format.PercentOfFraction((decimal)v[2], 0)),
            _ when Texts.Contains(issue.Code) => Texts.Format(issue.Code, language, [.. v]),
            _ => issue.Code,
        };
    }
}
