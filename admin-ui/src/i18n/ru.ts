import russianMessages from 'ra-language-russian';

/** Every text of the workspace. Another language is another file of the same shape. */
export const ru = {
  ...russianMessages,
  app: {
    title: 'Социальный паспорт',
    status: {
      NEW: 'Новое',
      ASSIGNED: 'В очереди',
      IN_PROGRESS: 'В работе',
      WAITING_INFO: 'Ожидает информации',
      RESOLVED: 'Поддержка оказана',
      REJECTED: 'Отказано',
      CANCELLED: 'Отозвано',
    },
    deadline: {
      overdue: 'Просрочено на %{days} дн.',
      left: 'Осталось %{days} дн.',
      today: 'Срок сегодня',
      paused: 'Срок приостановлен',
      none: '—',
      escalated: 'Эскалация: уровень %{level}',
    },
    action: {
      claim: 'Взять себе',
      accept: 'Принять в работу',
      requestInfo: 'Запросить информацию',
      provideInfo: 'Предоставить информацию',
      resolve: 'Поддержка оказана',
      reject: 'Отказать',
      cancel: 'Отозвать',
      done: 'Готово',
    },
    field: {
      question: 'Что нужно уточнить',
      answer: 'Ответ',
      supportDate: 'Дата оказания поддержки',
      report: 'Отчёт',
      reason: 'Причина',
      comment: 'Комментарий',
    },
    reason: {
      NOT_ELIGIBLE: 'Не соответствует условиям',
      DOCUMENTS_MISSING: 'Нет документов',
      DUPLICATE: 'Дублирует другое обращение',
      CITIZEN_DECLINED: 'Гражданин отказался',
      NOT_REACHABLE: 'Не удалось связаться',
      OUT_OF_COMPETENCE: 'Вне компетенции',
      OTHER: 'Другое',
    },
    filter: { overdue: 'Только просроченные', mine: 'Мои дела' },
  },
  resources: {
    needs: {
      name: 'Дело |||| Моя очередь',
      fields: {
        status: 'Статус',
        'measure.name': 'Мера поддержки',
        person: 'Гражданин',
        'municipality.name': 'Муниципалитет',
        activeDueAt: 'Срок',
        registeredAt: 'Зарегистрировано',
        description: 'Описание',
        documents: 'Документы',
        report: 'Отчёт',
      },
    },
    passports: {
      name: 'Паспорт |||| Социальные паспорта',
      fields: {
        address: 'Адрес',
        'municipality.name': 'Муниципалитет',
        persons: 'Члены семьи',
        createdAt: 'Создан',
        q: 'Поиск: ФИО, СНИЛС',
      },
    },
    audit: {
      name: 'Запись |||| Журнал аудита',
      fields: {
        at: 'Когда',
        actorRole: 'Роль',
        actorId: 'Кто',
        ip: 'Адрес',
        action: 'Действие',
        entity: 'Объект',
        entityId: 'Идентификатор',
      },
    },
  },
};
