using FundingPortal.Domain.Common;

namespace FundingPortal.Application.Common.Localisation;

/// <summary>
/// The use cases write their messages in English; this is their French, for the French UI and API clients asking for
/// French (<see cref="ErrorMessages"/>). Codes are stable, so they drive the translation; where one code covers several
/// situations, the English message tells them apart. Null when a code or field has no French sentence yet.
/// </summary>
internal static class FrenchErrors
{
    public static string? Summary(Error error)
    {
        var m = error.Message;
        return error.Code switch
        {
            "validation_failed" or "invalid_amount" => "Certains champs sont à corriger : voyez les messages sous les champs concernés.",
            "invalid_siren" => "Le SIREN saisi n'est pas valide.",
            "invalid_region" => "Choisissez une région dans la liste.",
            "organisation_exists" => "Une organisation avec ce SIREN existe déjà : demandez à la rejoindre, un de ses membres vous répondra.",
            "already_member" when m.StartsWith("You", StringComparison.Ordinal) => "Vous appartenez déjà à une organisation.",
            "already_member" => "Cette personne appartient déjà à une autre organisation.",
            "already_member_elsewhere" when m.StartsWith("This person", StringComparison.Ordinal) => "Cette personne a rejoint une autre organisation entre-temps.",
            "already_member_elsewhere" => "Vous appartenez déjà à une autre organisation : une personne n'appartient qu'à une seule organisation.",
            "email_not_confirmed" when m.Contains("named expert", StringComparison.Ordinal) || m.Contains("staff role", StringComparison.Ordinal) =>
                "L'adresse e-mail de ce compte n'est pas encore confirmée : la personne doit d'abord suivre le lien de l'e-mail de confirmation.",
            "email_not_confirmed" => "Votre adresse e-mail n'est pas encore confirmée : suivez le lien de l'e-mail de confirmation, puis répondez à l'invitation.",
            "invalid_email" => "Saisissez une adresse e-mail valide, par exemple prenom.nom@entreprise.fr.",
            "invitation_expired" => "Cette invitation a expiré : demandez à la personne qui vous l'a envoyée de vous inviter de nouveau.",
            "invitation_revoked" => "Cette invitation a été retirée par la personne qui l'avait envoyée.",
            "invitation_used" => "Cette invitation a déjà reçu une réponse.",
            "organisation_required" => "Créez ou rejoignez d'abord votre organisation : c'est elle qui devient partenaire du dossier.",
            "too_many_invitations" => "Trop d'invitations attendent une réponse (50 au plus) : retirez-en d'abord.",
            "too_many_join_requests" => "Vous avez déjà 5 demandes d'adhésion en attente de réponse.",
            "join_request_decided" => "Cette demande a déjà reçu une réponse.",
            "call_incomplete" => "L'appel ne peut pas encore être publié : complétez d'abord ce qui est indiqué.",
            "call_not_draft" => "Cet appel est déjà publié : il ne peut plus être modifié.",
            "call_not_open" when m.Contains("pre-proposal", StringComparison.Ordinal) =>
                "La date limite des pré-propositions de cet appel en deux étapes est dépassée : seuls les consortiums présélectionnés poursuivent.",
            "call_not_open" when m.Contains("deadline", StringComparison.Ordinal) => "La date limite de dépôt de cet appel est dépassée.",
            "call_not_open" => "Cet appel n'est pas ouvert aux dépôts en ce moment.",
            "deadline_passed" when m.Contains("pre-proposal", StringComparison.Ordinal) =>
                "La date limite des pré-propositions est dépassée : la pré-proposition ne peut plus être déposée ni modifiée avant la présélection.",
            "deadline_passed" => "La date limite de dépôt est dépassée : le dossier ne peut plus être déposé ni modifié.",
            "cannot_remove_lead" => "Le chef de file ne peut pas être retiré de son propre dossier.",
            "partner_exists" => "Cette organisation est déjà partenaire du dossier.",
            "proposal_frozen" => "Ce dossier ne peut plus être modifié dans son état actuel.",
            "invalid_status" => "L'état actuel du dossier ne permet pas cette action.",
            "proposal_ineligible" => "Le dossier ne peut pas encore être déposé : réglez d'abord les points listés dans « Pourquoi ne puis-je pas déposer ? ».",
            "too_many_partners" => "Un dossier compte au plus 100 partenaires.",
            "unknown_organisation" => "Cette organisation n'existe pas.",
            "unknown_funder" => "Ce financeur n'existe pas.",
            "funder_exists" => "Ce financeur existe déjà.",
            "invalid_rate" => "Un taux est un pourcentage compris entre 0 et 100.",
            "timeline_out_of_order" => "Les jalons doivent se suivre : ouverture, date limite de dépôt, fin de l'évaluation, comité, décision de financement.",
            "unknown_time_zone" => "Fuseau horaire inconnu.",
            "invalid_local_time" => "Une date ou une heure n'a pas pu être lue : saisissez-la en heure de Paris, sans décalage horaire.",
            "time_out_of_range" => "Les dates doivent être comprises entre 2000 et 2100.",
            "invalid_language" => "La langue est « fr » (français) ou « en » (anglais).",
            "invalid_email_frequency" => "La fréquence des e-mails est « Immediate » (tout de suite), « DailyDigest » (un résumé par jour) ou « Off » (aucun e-mail).",
            "message_too_long" => "Un message fait 10 000 caractères au plus.",
            "invalid_state" when m.Contains("carried over", StringComparison.Ordinal) =>
                "Seul un dossier ajourné ou non labellisé peut être reporté sur un autre appel ; celui-ci ne l'est pas.",
            "invalid_state" when m.Contains("shortlisted", StringComparison.Ordinal) =>
                "Seule une pré-proposition déposée peut être présélectionnée ; ce dossier ne l'est pas.",
            "invalid_state" when m.Contains("Estimated totals", StringComparison.Ordinal) =>
                "Les totaux estimés appartiennent à la pré-proposition ; au stade du dossier complet, chaque partenaire détaille son budget.",
            "invalid_state" when m.Contains("no pre-proposal stage", StringComparison.Ordinal) =>
                "Cet appel n'a pas d'étape de pré-proposition : chaque partenaire détaille son budget.",
            "invalid_state" when m.Contains("Detailed budgets", StringComparison.Ordinal) =>
                "Le budget détaillé se remplit au stade du dossier complet, une fois la pré-proposition retenue ; indiquez pour l'instant un total estimé.",
            "not_invited" => "Cette pré-proposition n'a pas été retenue : le dossier complet ne peut être ni complété ni déposé.",
            "pre_proposal_stage_open" => "La date limite des pré-propositions n'est pas encore passée : les consortiums peuvent encore modifier leur pré-proposition.",
            "invalid_state" => "Une correction se demande sur un dossier déposé ou en évaluation ; celui-ci ne l'est pas.",
            "same_call" => "Un dossier se reporte sur un autre appel que celui qui l'a examiné.",
            "already_carried_over" => "Ce dossier a déjà été reporté sur un autre appel.",
            "correction_already_open" => "Une demande de correction est déjà ouverte sur ce dossier : attendez sa réponse ou son échéance.",
            "outside_correction_scope" => "Seules les parties nommées par la demande de correction peuvent être modifiées.",
            "correction_expired" => "L'échéance de la demande de correction est passée : le dossier ne peut plus être modifié.",
            "invalid_limit" => "« limit » est un nombre de 1 à 500.",
            "invalid_sort" => "Ce tri n'existe pas pour cette liste : « sort » prend une de ces valeurs : " + m[(m.IndexOf(": ", StringComparison.Ordinal) + 2)..],
            "invalid_cursor" => "Ce curseur n'appartient pas à cette liste : repartez de la première page, puis passez le « nextCursor » de chaque page.",
            "insufficient_scope" => "Ce jeton d'API n'a que l'autorisation « read » : il ne peut rien modifier. Utilisez un jeton qui a l'autorisation « write ».",
            "invalid_token_name" => "Donnez au jeton un nom de 1 à 100 caractères.",
            "invalid_scope" => "Les autorisations sont « read » et « write » ; donnez-en au moins une.",
            "invalid_expiry" => "La date d'expiration doit être dans le futur.",
            "too_many_api_tokens" => "Vous avez déjà 20 jetons d'API actifs : révoquez-en un avant d'en créer un autre.",
            "unknown_event" => "Abonnez-vous à au moins un de ces événements : proposal.submitted, proposal.labelled, funding.decided.",
            "webhook_target_refused" => "L'adresse doit être en http ou https, sans identifiants, et désigner une adresse publique (ni privée, ni locale, ni de lien local).",
            "invalid_webhook_secret" => "Le secret doit avoir de 16 à 200 caractères.",
            "invalid_characters" => "Un champ contient un caractère de contrôle invisible (souvent copié depuis un autre logiciel) : retapez-le.",
            "quota_exceeded" when m.Contains("MB", StringComparison.Ordinal) => "Les pièces jointes d'un dossier font 100 Mo au plus en tout : retirez-en ou allégez-les.",
            "quota_exceeded" => "Un dossier compte au plus 50 pièces jointes.",
            "nonexistent_local_time" => "Cette heure n'existe pas à Paris (passage à l'heure d'été) : choisissez une autre heure.",
            "stale_etag" => "Quelqu'un d'autre a modifié ce dossier depuis que vous l'avez ouvert. Vos saisies sont conservées ci-dessous : vérifiez la version à jour, puis enregistrez de nouveau.",
            "file_too_large" => "Une pièce jointe fait 10 Mo au plus.",
            "unsupported_media_type" => "Seuls les fichiers PDF sont acceptés (le contenu de ce fichier n'est pas un PDF, quel que soit son nom).",
            "too_many_exclusions" => "Vous pouvez exclure au plus 20 experts.",
            "review_incomplete" => "L'évaluation est incomplète : notez chaque critère, commentez-le et choisissez une recommandation.",
            "review_locked" => "L'évaluation est verrouillée : le comité de labellisation a déjà décidé.",
            "review_already_submitted" => "Cette évaluation a déjà été envoyée.",
            "invalid_score" => "Une note doit être sur l'échelle de la grille (demi-points acceptés).",
            "unknown_criterion" => "Ce critère ne fait pas partie de la grille de l'appel.",
            "conflict_of_interest" => "Cet expert a un conflit d'intérêts avec ce dossier : il ne peut pas lui être affecté.",
            "already_assigned" => "Cet expert est déjà affecté à ce dossier.",
            "expert_not_in_call" => "Cet expert n'évalue pas les dossiers de cet appel.",
            "expert_declined" or "assignment_declined" => "Cette affectation a été déclinée.",
            "unknown_expert" => "Cet expert n'existe pas.",
            "reviews_pending" => "Toutes les évaluations ne sont pas encore rendues : le comité ne peut pas encore décider.",
            "decision_exists" or "already_decided" => "La décision est déjà enregistrée.",
            "empty_agenda" => "Aucun dossier de l'appel n'attend le comité : il faut des dossiers dont toutes les évaluations sont rendues et qui ne sont inscrits à aucune autre séance.",
            "not_committee_member" =>
                "Seules les personnes qui ont accepté l'invitation au comité de cet appel, et les chargés de mission du pôle, peuvent siéger : voyez les membres à retirer.",
            "consent_required" =>
                "Un membre de comité est nommé par une invitation au comité d'un appel qu'il accepte : ce rôle ne peut pas être attribué directement.",
            "votes_missing" => "Chaque dossier de l'ordre du jour doit avoir son vote avant la clôture de la séance : voyez la liste des dossiers sans vote.",
            "session_closed" => "Cette séance du comité est close : son procès-verbal est définitif.",
            "already_voted" => "Le comité a déjà voté sur ce dossier : un membre se déporte avant le vote.",
            "invalid_vote" => "Les voix pour, contre et les abstentions sont des nombres positifs dont le total ne dépasse pas le nombre de membres présents pour ce dossier (les membres déportés ne votent pas).",
            "not_labelled" => "Seuls les projets labellisés peuvent solliciter un financement.",
            "nothing_to_request" => "Aucun financeur de l'appel ne finance les partenaires de ce projet.",
            "funding_not_requested" => "Le financement n'a pas été demandé à ce financeur pour ce projet.",
            "grant_exceeds_request" => "Un montant accordé ne peut pas dépasser l'aide demandée.",
            "envelope_exceeded" => "Ce montant dépasse ce qui reste de l'enveloppe du financeur pour cet appel.",
            "funder_not_in_call" => "Ce financeur ne participe pas à cet appel.",
            "cluster_exists" => "Un pôle porte déjà ce sigle.",
            "other_cluster" => "Vous animez un autre pôle : seuls les administrateurs de la plateforme agissent sur les autres pôles.",
            "unknown_cluster" => "Ce pôle n'existe pas.",
            "co_labelling_own_cluster" => "Le pôle de l'appel labellise déjà le projet : sollicitez seulement des pôles partenaires.",
            "co_labelling_already_decided" => "Votre pôle a déjà enregistré sa décision de co-labellisation sur ce dossier.",
            "partner_not_funded" => "Ce partenaire ne relève pas de ce financeur.",
            "invalid_decision" => "La décision est incomplète : indiquez le montant et l'instrument pour chaque partenaire.",
            "call_not_closed" => "L'appel n'est pas encore clos : les experts seront affectés après la date limite de dépôt.",
            "document_not_ready" => "Le document est en cours de production : réessayez dans quelques instants.",
            "document_not_kept" => "Ce document a été émis (son empreinte est conservée) mais il n'est plus conservé : le dossier a dépassé sa durée de conservation.",
            "parked_message_not_retryable" => "Ce message ne peut plus être relancé.",
            "parked_message_unreadable" => "Ce message n'est plus lisible par cette version du portail.",
            "concurrent_update" => "Quelqu'un d'autre vient de modifier ces données : rechargez la page puis recommencez.",
            "mfa_enrolment_required" =>
                "Votre rôle (responsable du pôle ou chargé de mission d'un financeur) demande la vérification en deux étapes : activez-la (POST /api/auth/mfa/setup puis /api/auth/mfa/enable) avant toute autre action.",
            "forbidden" when m.StartsWith("Only the lead", StringComparison.Ordinal) => "Seul le chef de file peut déposer le dossier.",
            "forbidden" when m.StartsWith("Only members of an organisation", StringComparison.Ordinal) =>
                "Seuls les membres d'une organisation peuvent créer un dossier : créez ou rejoignez d'abord votre organisation.",
            "forbidden" when m.StartsWith("Only members of this organisation", StringComparison.Ordinal) => "Seuls les membres de cette organisation peuvent y inviter des collègues.",
            "forbidden" when m.StartsWith("Only the lead partner", StringComparison.Ordinal) => "Seul le chef de file invite des partenaires.",
            "forbidden" when m.StartsWith("Your organisation", StringComparison.Ordinal) => "Votre organisation ne peut pas modifier cette partie du dossier.",
            "forbidden" => "Vous n'avez pas le droit de faire cela.",
            "not_found" => "Élément introuvable, ou vous n'y avez pas accès.",
            "invalid_idempotency_key" => "L'en-tête Idempotency-Key compte 200 caractères au plus.",
            "already_submitted" => "La co-labellisation se demande avant le dépôt : ce dossier est déjà déposé.",
            "expert_exists" => "Cette personne a déjà un profil d'expert.",
            "file_required" => "Choisissez le fichier PDF à vérifier.",
            "funder_required" => "Un chargé de mission de financeur est rattaché à un financeur : indiquez-le (funderId).",
            "invalid_credentials" when m.Contains("required", StringComparison.Ordinal) => "L'adresse e-mail et le mot de passe sont obligatoires.",
            "invalid_credentials" => "Adresse e-mail ou mot de passe incorrect.",
            "invalid_code" when m.Contains("6 digits", StringComparison.Ordinal) =>
                "Le code est faux ou a expiré : saisissez les 6 chiffres que l'application d'authentification affiche maintenant.",
            "invalid_code" => "Le code d'authentification est faux, a expiré ou a déjà servi.",
            "mfa_required" =>
                "Ce compte utilise la vérification en deux étapes : envoyez le code à 6 chiffres de l'application d'authentification dans totpCode (ou un code de secours dans recoveryCode).",
            "invalid_token" => "Ce lien n'est pas valide, a expiré ou a déjà servi : demandez-en un nouveau.",
            "invalid_refresh_token" => "Le jeton de renouvellement n'est pas valide ou a expiré : reconnectez-vous.",
            "refresh_token_reused" =>
                "Ce jeton de renouvellement a déjà servi : il a peut-être fuité, donc tous les jetons de sa session sont révoqués. Reconnectez-vous.",
            "mfa_already_enabled" => "La vérification en deux étapes est déjà activée sur ce compte.",
            "mfa_not_enabled" => "Activez d'abord la vérification en deux étapes.",
            "mfa_not_set_up" => "Appelez d'abord /api/auth/mfa/setup, puis envoyez un code de ce secret.",
            "invalid_form" => "Le formulaire n'a pas pu être lu : envoyez du multipart/form-data (ou application/x-www-form-urlencoded) avec les champs que décrit la référence de l'API.",
            "invalid_hash" => "Une empreinte SHA-256 compte 64 caractères hexadécimaux (0-9, a-f).",
            "unknown_call" => "Un des appels indiqués n'existe pas.",
            "unknown_proposal" => "Aucun dossier de vos appels n'a cet identifiant.",
            "unknown_user" => "Aucun compte inscrit n'a cet identifiant.",
            "unknown_role" => "Rôle inconnu : " + m[(m.IndexOf(": ", StringComparison.Ordinal) + 2)..].Replace("Known:", "rôles possibles :", StringComparison.Ordinal),
            "unsupported_format" => "Format d'export inconnu : choisissez csv ou xlsx.",
            _ => null,
        };
    }

    private static readonly string[] Milestones = ["opensAt", "submissionDeadline", "reviewDeadline", "committeeDate", "fundingDecisionDeadline"];

    private static string PreviousMilestone(string name) => Milestones[Math.Max(0, Array.IndexOf(Milestones, name) - 1)];

    private static string Milestone(string name) => name switch
    {
        "opensAt" => "L'ouverture des dépôts",
        "submissionDeadline" => "La date limite de dépôt",
        "reviewDeadline" => "La fin de l'évaluation",
        "committeeDate" => "Le comité de labellisation",
        _ => "La date limite des décisions de financement",
    };

    public static string? Field(string field, string englishMessage)
    {
        var name = field[(field.LastIndexOf('.') + 1)..];
        var m = englishMessage;
        return name switch
        {
            "name" => "Le nom est obligatoire (200 caractères au plus).",
            "siren" when m.Contains("check digit", StringComparison.Ordinal) =>
                "Ce SIREN n'est pas valide : la clé de contrôle ne correspond pas. Vérifiez les 9 chiffres.",
            "siren" => "Un SIREN compte exactement 9 chiffres (par exemple 732 829 320).",
            "parentSiren" => "Le SIREN du groupe n'est pas valide.",
            "region" => "Choisissez une région dans la liste.",
            "clusterId" or "clusterIds" when m.Contains("own cluster", StringComparison.Ordinal) => "Le pôle de l'appel labellise déjà le projet : sollicitez seulement des pôles partenaires.",
            "clusterId" or "clusterIds" => "Ce pôle n'existe pas.",
            "shortName" => "Le sigle compte 2 à 20 lettres, chiffres ou tirets (par exemple TES).",
            "regions" => "Donnez une liste non vide de régions distinctes et connues, en codes ISO 3166-2 (par exemple FR-BRE).",
            "funders" when m.Contains("at least one funder", StringComparison.Ordinal) =>
                "Ajoutez au moins un financeur (l'État ou une Région), avec son enveloppe et ses taux d'aide.",
            "envelope" when m.Contains("more than 0", StringComparison.Ordinal) => "L'enveloppe d'un financeur doit être supérieure à 0 €.",
            "sort" => "Ce tri n'existe pas pour cette liste : « sort » prend une de ces valeurs : " + m[(m.IndexOf(": ", StringComparison.Ordinal) + 2)..],
            "q" when m.Contains("characters at most", StringComparison.Ordinal) => "La recherche fait 100 caractères au plus.",
            "language" or "lang" => "La langue est « fr » (français) ou « en » (anglais).",
            "emailFrequency" => "La fréquence des e-mails est « Immediate », « DailyDigest » ou « Off ».",
            "body" when m.Contains("10,000", StringComparison.Ordinal) => "Un message fait 10 000 caractères au plus.",
            "email" => "Saisissez une adresse e-mail valide.",
            "acronym" => "L'acronyme est obligatoire (30 caractères au plus).",
            "title" => "Le titre est obligatoire (300 caractères au plus).",
            "summary" => "Le résumé est trop long.",
            "keywords" => "Jusqu'à 20 mots-clés de 60 caractères au plus, séparés par des virgules.",
            "trlTarget" when m.Contains("below", StringComparison.Ordinal) => "Le TRL visé ne peut pas être inférieur au TRL de départ.",
            "trlStart" or "trlTarget" => "Un TRL est compris entre 1 et 9.",
            "durationMonths" => "La durée est comprise entre 1 et 240 mois.",
            "personnel" or "overheads" or "subcontracting" or "equipment" or "otherCosts" => m switch
            {
                _ when m.Contains("negative", StringComparison.Ordinal) => "Le montant ne peut pas être négatif.",
                _ when m.Contains("large", StringComparison.Ordinal) => "Montant irréaliste (1 000 000 000 € au plus).",
                _ => "Au plus 2 décimales (les centimes).",
            },
            "programme" => "Le programme compte 200 caractères au plus.",
            "description" => "La description compte 20 000 caractères au plus.",
            "territory" => "Choisissez au moins une région du territoire.",
            "expertsPerProposal" => "Entre 1 et 10 experts par dossier.",
            "funders" => "Un financeur ne peut apparaître qu'une fois.",
            "opensAt" or "submissionDeadline" or "reviewDeadline" or "committeeDate" or "fundingDecisionDeadline" when m.Contains("after", StringComparison.Ordinal) =>
                $"{Milestone(name)} doit venir après {Milestone(PreviousMilestone(name)).ToLower(Formatting.TextFormat.French.Culture)}.",
            "opensAt" or "submissionDeadline" or "reviewDeadline" or "committeeDate" or "fundingDecisionDeadline" => "Date et heure obligatoires.",
            "localDateTime" when m.Contains("does not exist", StringComparison.Ordinal) =>
                "Cette heure n'existe pas à Paris (passage à l'heure d'été) : choisissez une autre heure.",
            "localDateTime" when m.Contains("2000", StringComparison.Ordinal) => "Choisissez une date comprise entre 2000 et 2100.",
            "localDateTime" when m.Contains("offset", StringComparison.Ordinal) => "Saisissez une date et une heure de Paris, sans décalage horaire.",
            "localDateTime" => "Saisissez une date et une heure, par exemple 19/10/2027 18:00.",
            "timeZone" => "Fuseau horaire inconnu.",
            "envelope" => "L'enveloppe est un montant positif en euros, avec au plus 2 décimales.",
            "funderId" when m.Contains("does not take part", StringComparison.Ordinal) => "Ce financeur ne participe pas à cet appel.",
            "funderId" when m.Contains("listed twice", StringComparison.Ordinal) => "Ce financeur figure deux fois : une seule enveloppe par financeur.",
            "funderId" when m.Contains("names the funder", StringComparison.Ordinal) => "Choisissez le financeur de cette enveloppe.",
            "funderId" => "Ce financeur n'existe pas.",
            "Sme" or "MidCap" or "Large" or "Research" or "rates" or "outOfTerritoryRates" => "Un taux est un pourcentage compris entre 0 et 100.",
            "maxPartnerShare" => "La part maximale d'un partenaire est un pourcentage compris entre 1 et 100.",
            "minTotalBudget" or "maxTotalBudget" => "Montant positif en euros ; le maximum ne peut pas être inférieur au minimum.",
            "minDurationMonths" or "maxDurationMonths" => "Entre 1 et 240 mois ; le maximum ne peut pas être inférieur au minimum.",
            "minCompanies" or "minResearchOrganisations" or "minSmeOrMidCap" => "Nombre compris entre 0 et 100.",
            "maxPartners" => "Nombre compris entre 1 et 200, ou vide pour ne pas limiter.",
            "reason" when m.Contains("recusal", StringComparison.Ordinal) => "Le motif du déport est obligatoire (1 000 caractères au plus).",
            "deadline" when m.Contains("already passed", StringComparison.Ordinal) =>
                "La date limite des pré-propositions est déjà passée : reportez-la avant de publier l'appel.",
            "deadline" => "La date limite des pré-propositions vient après l'ouverture des dépôts et avant la date limite de dépôt.",
            "maxPages" => "Nombre de pages compris entre 1 et 200, ou vide pour ne pas limiter.",
            "total" => "Le total estimé est un montant en euros, positif ou nul, avec au plus 2 décimales.",
            "feedback" when m.Contains("why", StringComparison.Ordinal) => "Dites au consortium pourquoi sa pré-proposition n'est pas retenue.",
            "feedback" => "Le retour au consortium compte 4 000 caractères au plus.",
            "reason" when m.Contains("required", StringComparison.Ordinal) => "Le motif est obligatoire pour déclarer un dossier irrecevable.",
            "reason" => "Le motif compte 4 000 caractères au plus.",
            "file" => "Choisissez un fichier PDF non vide.",
            "motivation" when m.StartsWith("The motivation has", StringComparison.Ordinal) => "La motivation compte 10 000 caractères au plus.",
            "motivation" => "La motivation de la décision est obligatoire.",
            "startsAt" when m.Contains("future", StringComparison.Ordinal) => "La séance doit commencer dans le futur.",
            "startsAt" => "Saisissez la date et l'heure de début de la séance, par exemple 25/11/2027 14:00.",
            "location" => "Le lieu de la séance est obligatoire (200 caractères au plus).",
            "memberUserIds" when m.Contains("accepted an invitation", StringComparison.Ordinal) =>
                "Les membres du comité sont des chargés de mission du pôle dont l'adresse e-mail est confirmée, ou des personnes qui ont accepté l'invitation au comité de cet appel.",
            "memberUserIds" when m.Contains("cluster managers", StringComparison.Ordinal) =>
                "Les membres du comité sont des chargés de mission du pôle dont l'adresse e-mail est confirmée.",
            "memberUserIds" => "Choisissez entre 1 et 50 membres, chacun une seule fois.",
            "auditionMinutes" => "Une audition dure de 5 à 240 minutes.",
            "votesFor" when m.StartsWith("At most", StringComparison.Ordinal) => "Le total des voix dépasse le nombre de membres présents pour ce dossier.",
            "votesFor" or "votesAgainst" or "abstentions" => "Saisissez un nombre de voix (0 ou plus).",
            "proposalId" => "Choisissez un dossier de l'ordre du jour.",
            "userId" => "Choisissez le membre qui se déporte.",
            "outcome" => "Choisissez la décision du comité.",
            "decision" => "Choisissez : accordé ou refusé.",
            "grantedAmount" => "Montant accordé invalide.",
            "instrument" => "Choisissez l'instrument : subvention ou avance remboursable.",
            "comment" => "Commentaire trop long.",
            "kind" => "Choisissez le type de pièce.",
            "organisationId" => "Choisissez une organisation.",
            "organisationName" => "Le nom de l'organisation compte 200 caractères au plus.",
            "message" => "Le message compte 1 000 caractères au plus.",
            _ => null,
        };
    }
}
